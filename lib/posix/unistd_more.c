/* Small unistd.h helpers over other calls: group_member, euidaccess,
 * get_current_dir_name, daemon, confstr. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int group_member(gid_t gid)
{
	gid_t groups[256];
	int n, i;

	/* the supplementary groups only, as glibc */
	n = getgroups(256, groups);
	for (i = 0; i < n; i++)
		if (groups[i] == gid)
			return 1;
	return 0;
}

/* access with the effective ids, which faccessat's AT_EACCESS checks. */
int euidaccess(const char *path, int mode)
{
	return faccessat(AT_FDCWD, path, mode, AT_EACCESS);
}

int eaccess(const char *path, int mode)
{
	return euidaccess(path, mode);
}

/* $PWD when it names the working directory, else getcwd's answer. */
char *get_current_dir_name(void)
{
	const char *pwd = getenv("PWD");
	struct stat a, b;

	if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return strdup(pwd);
	return getcwd(NULL, 0);
}

int daemon(int nochdir, int noclose)
{
	int fd;

	switch (fork()) {
	case -1:
		return -1;
	case 0:
		break;
	default:
		_exit(0);
	}
	if (setsid() < 0)
		return -1;
	if (!nochdir && chdir("/") < 0)
		return -1;
	if (!noclose) {
		fd = open("/dev/null", O_RDWR);
		if (fd < 0)
			return -1;
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
	return 0;
}

/* Copies the value (truncated to n - 1 bytes) and returns its full size
 * with the terminator; 0 with EINVAL for an unknown name. */
size_t confstr(int name, char *buf, size_t n)
{
	static const char path[] = "/bin:/usr/bin";

	if (name != _CS_PATH) {
		errno = EINVAL;
		return 0;
	}
	if (buf && n) {
		size_t len = sizeof(path) - 1;

		if (len > n - 1)
			len = n - 1;

		memcpy(buf, path, len);
		buf[len] = '\0';
	}
	return sizeof(path);
}
