/* Randomness from the kernel: getrandom, and getentropy on top of it. */
#include <errno.h>
#include <sys/random.h>
#include <unistd.h>
#include "kernel/syscall.h"

ssize_t getrandom(void *buf, size_t n, unsigned int flags)
{
	return syscall_result(arch_syscall3(__NR_getrandom, SC(buf), SC(n),
					    flags));
}

/* All n bytes (at most 256) or -1: EIO for more, as POSIX says. */
int getentropy(void *buf, size_t n)
{
	unsigned char *p = buf;
	ssize_t got;

	if (n > 256) {
		errno = EIO;
		return -1;
	}
	while (n) {
		got = getrandom(p, n, 0);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += got;
		n -= (size_t)got;
	}
	return 0;
}
