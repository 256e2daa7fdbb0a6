#ifndef _GRP_H
#define _GRP_H

#include <stddef.h>
#include <sys/types.h>

/* One line of /etc/group. */
struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *__restrict name, struct group *__restrict gr,
	       char *__restrict buf, size_t size,
	       struct group **__restrict result);
int getgrgid_r(gid_t gid, struct group *__restrict gr,
	       char *__restrict buf, size_t size,
	       struct group **__restrict result);
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups);
int setgroups(size_t n, const gid_t *list);
int initgroups(const char *user, gid_t group);

#endif
