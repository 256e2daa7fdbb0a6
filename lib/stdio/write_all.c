/* bh_write_all: writes a whole block to an fd despite short writes and EINTR. */
#include <errno.h>
#include <unistd.h>
#include "lib/stdio_impl.h"

int bh_write_all(int fd, const void *p, size_t n)
{
	const char *s = p;

	while (n) {
		ssize_t r = write(fd, s, n);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (r == 0) {
			errno = EIO;
			return -1;
		}
		s += r;
		n -= (size_t)r;
	}
	return 0;
}
