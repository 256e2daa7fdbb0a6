/*
 * The system calls of a bare board: the few a C program needs with no
 * operating system, answered in place (include/asm/syscall.h makes every
 * arch_syscallN a call of bare_syscall). stdout and stderr are the UART,
 * stdin is empty, exit and a signal to oneself end the machine, anonymous
 * mmap takes RAM from mm/os_ram.c, RLIMIT_AS is the RAM the heap was
 * given (no other limit applies), the thread pointer is the board's
 * (board_syscall). Everything else fails with ENOSYS, as on a kernel built
 * without it.
 */
#include <errno.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include "kernel/syscall.h"
#include "mm/os.h"
#include "platform/bare/board.h"

#define MAP_ANONYMOUS_BIT 0x20

static long console_write(long fd, const char *buf, long n)
{
	long i;

	if (fd != 1 && fd != 2)
		return -EBADF;
	for (i = 0; i < n; i++)
		board_putc(buf[i]);
	return n;
}

static long console_writev(long fd, const struct iovec *iov, long n)
{
	long i, done = 0, got;

	for (i = 0; i < n; i++) {
		got = console_write(fd, iov[i].iov_base, (long)iov[i].iov_len);
		if (got < 0)
			return got;
		done += got;
	}
	return done;
}

/* Anonymous memory, page-rounded, zeroed; nothing else can be mapped. */
static long anon_map(long addr, long len, long flags)
{
	unsigned long n = ((unsigned long)len + 4095) & ~4095UL;
	void *v;

	if (!(flags & MAP_ANONYMOUS_BIT) || !len)
		return -EINVAL;
	v = os_map_new(NULL, n, 0);
	return v ? (long)v : -ENOMEM;
}

static long anon_unmap(long addr, long len)
{
	os_free((void *)addr, ((unsigned long)len + 4095) & ~4095UL);
	return 0;
}

/* There is one process, 1: a signal to it takes the default action of
 * ending it, with the status a shell reports for that (128 + signal). */
static long signal_self(long pid, long sig)
{
	if (pid != 1)
		return -ESRCH;
	if (sig)
		board_exit(128 + (int)sig);
	return 0;
}

/* The limits can be read, not changed: the RAM is what it is. */
static long limits(long pid, long resource, long new, uint64_t *old)
{
	struct os_limits l;

	if (pid != 0 && pid != 1)
		return -ESRCH;
	if (new)
		return -EPERM;
	os_limits(&l);
	if (old)
		old[0] = old[1] = resource == RLIMIT_AS ? l.as : UINT64_MAX;
	return 0;
}

long bare_syscall(long n, long a, long b, long c, long d, long e, long f)
{
	switch (n) {
	case __NR_write:
		return console_write(a, (const char *)b, c);
	case __NR_writev:
		return console_writev(a, (const struct iovec *)b, c);
	case __NR_read:
		return a == 0 ? 0 : -EBADF;
	case __NR_exit:
	case __NR_exit_group:
		board_exit((int)(a & 0xff));
	case __NR_getpid:
	case __NR_gettid:
		return 1;
	case __NR_kill:
		return signal_self(a, b);
	case __NR_tgkill:
		return signal_self(a, c);
	case __NR_mmap_pgoff:
		return anon_map(a, b, d);
	case __NR_munmap:
		return anon_unmap(a, b);
	case __NR_brk:
		return 0;	/* no program break: sbrk fails with ENOMEM */
	case __NR_prlimit64:
		return limits(a, b, c, (uint64_t *)d);
	case __NR_ioctl:
		return -ENOTTY;
	}
	return board_syscall(n, a, b);
}
