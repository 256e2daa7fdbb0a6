/*
 * Pseudo-terminals through /dev/ptmx: posix_openpt, grantpt, unlockpt,
 * ptsname and openpty. With devpts, grantpt has nothing to do but check
 * that fd is a master.
 */
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int posix_openpt(int flags)
{
	return open("/dev/ptmx", flags);
}

/* The slave's number: 0, or -1 with errno (ENOTTY for a non-master). */
static int pty_number(int fd, unsigned int *n)
{
	if (ioctl(fd, TIOCGPTN, n) < 0) {
		if (errno != EBADF)
			errno = ENOTTY;
		return -1;
	}
	return 0;
}

int grantpt(int fd)
{
	unsigned int n;

	if (pty_number(fd, &n) < 0) {
		if (errno == ENOTTY)
			errno = EINVAL;
		return -1;
	}
	return 0;
}

int unlockpt(int fd)
{
	int unlock = 0;

	return ioctl(fd, TIOCSPTLCK, &unlock);
}

int ptsname_r(int fd, char *buf, size_t size)
{
	char name[32] = "/dev/pts/", digits[12];
	unsigned int n;
	size_t len = 9;
	int i = 0;

	if (!buf) {
		errno = EINVAL;
		return EINVAL;
	}
	if (pty_number(fd, &n) < 0)
		return errno;
	do
		digits[i++] = (char)('0' + n % 10);
	while (n /= 10);
	while (i)
		name[len++] = digits[--i];
	if (len + 1 > size) {
		errno = ERANGE;
		return ERANGE;
	}
	memcpy(buf, name, len + 1);
	return 0;
}

char *ptsname(int fd)
{
	static char name[32];

	return ptsname_r(fd, name, sizeof(name)) ? NULL : name;
}

int openpty(int *master, int *slave, char *name,
	    const struct termios *t, const struct winsize *ws)
{
	char path[32];
	int m = posix_openpt(O_RDWR | O_NOCTTY), s;

	if (m < 0)
		return -1;
	if (unlockpt(m) < 0 || ptsname_r(m, path, sizeof(path)) != 0)
		goto fail;
	s = open(path, O_RDWR | O_NOCTTY);
	if (s < 0)
		goto fail;
	if (t)
		tcsetattr(s, TCSAFLUSH, t);
	if (ws)
		ioctl(s, TIOCSWINSZ, ws);
	if (name)
		strcpy(name, path);
	*master = m;
	*slave = s;
	return 0;
fail:
	close(m);
	return -1;
}
