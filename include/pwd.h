#ifndef _PWD_H
#define _PWD_H

#include <stddef.h>
#include <sys/types.h>

/* One line of /etc/passwd. */
struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;
	char *pw_dir;
	char *pw_shell;
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *__restrict name, struct passwd *__restrict pw,
	       char *__restrict buf, size_t size,
	       struct passwd **__restrict result);
int getpwuid_r(uid_t uid, struct passwd *__restrict pw,
	       char *__restrict buf, size_t size,
	       struct passwd **__restrict result);
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);

#endif
