/*
 * Scattered reads and writes: readv, writev, preadv, pwritev. The kernel
 * takes preadv's offset as two longs, low then high, on every target (no
 * arm alignment: they are separate arguments); on x86_64 the high one is
 * ignored.
 */
#include <sys/uio.h>
#include "kernel/syscall.h"

#define OFFSET_LOW(x)	SC((unsigned long)(x))
#define OFFSET_HIGH(x)	\
	SC(sizeof(long) == 8 ? 0 : (unsigned long long)(x) >> 32)

ssize_t readv(int fd, const struct iovec *iov, int n)
{
	return syscall_result(arch_syscall3(__NR_readv, fd, SC(iov), n));
}

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return syscall_result(arch_syscall3(__NR_writev, fd, SC(iov), n));
}

ssize_t preadv(int fd, const struct iovec *iov, int n, off_t offset)
{
	return syscall_result(arch_syscall5(__NR_preadv, fd, SC(iov), n,
					    OFFSET_LOW(offset),
					    OFFSET_HIGH(offset)));
}

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t offset)
{
	return syscall_result(arch_syscall5(__NR_pwritev, fd, SC(iov), n,
					    OFFSET_LOW(offset),
					    OFFSET_HIGH(offset)));
}
