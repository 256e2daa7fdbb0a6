/*
 * Waiting on descriptors: poll, ppoll, select, pselect. 32-bit targets
 * pass 64-bit timeouts to ppoll_time64 and pselect6_time64 (Linux 5.1),
 * and 32-bit ones to the older calls before that.
 */
#include <errno.h>
#include <poll.h>
#include <sys/select.h>
#include "kernel/syscall.h"
#include "kernel/kernel_time.h"

/* The kernel's signal set is 64 bits on every target. */
#define KERNEL_SIGSET_SIZE	8

/* pselect6's sixth argument. */
struct kernel_sigmask {
	const void *set;
	unsigned long size;
};

static int bad_timespec(const struct timespec *t)
{
	return t && (t->tv_sec < 0 || t->tv_nsec < 0 ||
		     t->tv_nsec >= 1000000000);
}

/* Both time64 calls' timeouts are updated in place: callers pass copies. */
static long ppoll_call(struct pollfd *fds, nfds_t n, struct timespec *t,
		       const sigset_t *mask)
{
#ifdef __NR_ppoll_time64
	struct kernel_timespec64 k64 = { t ? t->tv_sec : 0,
					 t ? t->tv_nsec : 0 };
	struct kernel_long_time k = { (long)k64.sec, (long)k64.nsec };
	long ret = arch_syscall5(__NR_ppoll_time64, SC(fds), SC(n),
				 SC(t ? &k64 : 0), SC(mask),
				 KERNEL_SIGSET_SIZE);

	if (ret != -ENOSYS)
		return ret;
	return arch_syscall5(__NR_ppoll, SC(fds), SC(n), SC(t ? &k : 0),
			     SC(mask), KERNEL_SIGSET_SIZE);
#else
	return arch_syscall5(__NR_ppoll, SC(fds), SC(n), SC(t), SC(mask),
			     KERNEL_SIGSET_SIZE);
#endif
}

/* Where the table has no poll (the generic one), ppoll with the timeout
 * in milliseconds, a negative one waiting forever. */
int poll(struct pollfd *fds, nfds_t n, int timeout)
{
#ifdef __NR_poll
	return syscall_result(arch_syscall3(__NR_poll, SC(fds), SC(n),
					    timeout));
#else
	struct timespec t = { timeout / 1000, timeout % 1000 * 1000000L };

	return syscall_result(ppoll_call(fds, n, timeout >= 0 ? &t : 0, 0));
#endif
}

int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *timeout,
	  const sigset_t *mask)
{
	struct timespec t;

	if (bad_timespec(timeout)) {
		errno = EINVAL;
		return -1;
	}
	if (timeout)
		t = *timeout;
	return syscall_result(ppoll_call(fds, n, timeout ? &t : 0, mask));
}

/* pselect6 with a timeout the kernel may update; t NULL waits forever. */
static long pselect_call(int nfds, fd_set *r, fd_set *w, fd_set *e,
			 struct timespec *t, const sigset_t *mask)
{
	struct kernel_sigmask m = { mask, KERNEL_SIGSET_SIZE };
	void *marg = mask ? &m : 0;
#ifdef __NR_pselect6_time64
	struct kernel_timespec64 k64 = { t ? t->tv_sec : 0,
					 t ? t->tv_nsec : 0 };
	struct kernel_long_time k;
	long ret = arch_syscall6(__NR_pselect6_time64, nfds, SC(r), SC(w),
				 SC(e), SC(t ? &k64 : 0), SC(marg));

	if (ret != -ENOSYS) {
		if (t) {
			t->tv_sec = k64.sec;
			t->tv_nsec = (long)k64.nsec;
		}
		return ret;
	}
	k = (struct kernel_long_time){ (long)k64.sec, (long)k64.nsec };
	ret = arch_syscall6(__NR_pselect6, nfds, SC(r), SC(w), SC(e),
			    SC(t ? &k : 0), SC(marg));
	if (t) {
		t->tv_sec = k.sec;
		t->tv_nsec = k.frac;
	}
	return ret;
#else
	return arch_syscall6(__NR_pselect6, nfds, SC(r), SC(w), SC(e), SC(t),
			     SC(marg));
#endif
}

int pselect(int nfds, fd_set *r, fd_set *w, fd_set *e,
	    const struct timespec *timeout, const sigset_t *mask)
{
	struct timespec t;

	if (bad_timespec(timeout)) {
		errno = EINVAL;
		return -1;
	}
	if (timeout)
		t = *timeout;
	return syscall_result(pselect_call(nfds, r, w, e, timeout ? &t : 0,
					   mask));
}

/* select leaves the time not slept in *timeout, as Linux does. */
int select(int nfds, fd_set *r, fd_set *w, fd_set *e, struct timeval *timeout)
{
	struct timespec t;
	long ret;

	if (timeout) {
		if (timeout->tv_sec < 0 || timeout->tv_usec < 0) {
			errno = EINVAL;
			return -1;
		}
		/* microseconds past a second carry over, as the kernel does */
		t.tv_sec = timeout->tv_sec + timeout->tv_usec / 1000000;
		t.tv_nsec = (timeout->tv_usec % 1000000) * 1000;
	}
	ret = pselect_call(nfds, r, w, e, timeout ? &t : 0, 0);
	if (timeout && !syscall_failed(ret)) {
		timeout->tv_sec = t.tv_sec;
		timeout->tv_usec = t.tv_nsec / 1000;
	}
	return syscall_result(ret);
}
