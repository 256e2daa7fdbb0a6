/*
 * getlogin and getlogin_r: the name of the user who logged in, from the
 * kernel's audit login uid (/proc/self/loginuid) and /etc/passwd. No
 * login uid (a service, a container) is ENXIO, as glibc says.
 */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <string.h>
#include <unistd.h>
#include "lib/posix/db.h"

int getlogin_r(char *buf, size_t n)
{
	char text[16], line[1024];
	struct passwd pw, *found;
	unsigned int uid;
	int fd, err, saved = errno;
	long len;

	fd = open("/proc/self/loginuid", O_RDONLY | O_CLOEXEC);
	len = fd < 0 ? -1 : read(fd, text, sizeof(text) - 1);
	if (fd >= 0)
		close(fd);
	if (len > 0 && text[len - 1] == '\n')
		len--;
	if (len <= 0)
		goto no_login;
	text[len] = '\0';
	if (db_id(text, &uid) < 0 || uid == 0xffffffffu)
		goto no_login;
	err = getpwuid_r(uid, &pw, line, sizeof(line), &found);
	errno = saved;
	if (err)
		return err;
	if (!found)
		return ENOENT;
	if (strlen(pw.pw_name) + 1 > n)
		return ERANGE;
	strcpy(buf, pw.pw_name);
	return 0;
no_login:
	errno = saved;
	return ENXIO;
}

char *getlogin(void)
{
	static char name[256];
	int err = getlogin_r(name, sizeof(name));

	if (err) {
		errno = err;
		return NULL;
	}
	return name;
}
