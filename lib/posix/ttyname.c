/*
 * ttyname and ttyname_r: the terminal's name from /proc/self/fd, checked
 * to be the same file as the descriptor.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int ttyname_r(int fd, char *buf, size_t n)
{
	char link[32] = "/proc/self/fd/", *p = link + 14, digits[12];
	struct stat fst, lst;
	int saved = errno, i = 0;
	unsigned u = (unsigned)fd;
	ssize_t len;

	if (!isatty(fd)) {
		int err = errno;

		errno = saved;
		return err;
	}
	do
		digits[i++] = (char)('0' + u % 10);
	while (u /= 10);
	while (i)
		*p++ = digits[--i];
	*p = '\0';
	if (n < 2)
		return ERANGE;
	len = readlink(link, buf, n - 1);
	if (len < 0 || buf[0] != '/') {
		errno = saved;
		return ENODEV;
	}
	if ((size_t)len == n - 1) {
		/* perhaps cut short: only a whole name is an answer */
		char whole[4096];

		if (readlink(link, whole, sizeof(whole)) > len)
			return ERANGE;
	}
	buf[len] = '\0';
	if (stat(buf, &lst) < 0 || fstat(fd, &fst) < 0 ||
	    lst.st_ino != fst.st_ino || lst.st_dev != fst.st_dev) {
		errno = saved;
		return ENODEV;
	}
	return 0;
}

char *ttyname(int fd)
{
	static char name[4096];
	int err = ttyname_r(fd, name, sizeof(name));

	if (err) {
		errno = err;
		return NULL;
	}
	return name;
}
