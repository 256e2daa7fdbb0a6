/*
 * Clocks and sleeping. On the 32-bit targets the kernel's *_time64 calls
 * take a timespec of two 64-bit fields, as time.h's; kernels before 5.1
 * lack them (ENOSYS), and then the older calls with two longs serve,
 * good until 2038. x86_64 has only the calls with two longs, which are
 * 64-bit there.
 */
#include <errno.h>
#include <time.h>
#include "kernel/syscall.h"

struct kernel_timespec_long {
	long sec;
	long nsec;
};

#ifdef __NR_clock_gettime64
struct kernel_timespec64 {
	long long sec;
	long long nsec;
};

static void to64(struct kernel_timespec64 *k, const struct timespec *ts)
{
	k->sec = ts->tv_sec;
	k->nsec = ts->tv_nsec;
}

static void from64(struct timespec *ts, const struct kernel_timespec64 *k)
{
	ts->tv_sec = k->sec;
	ts->tv_nsec = (long)k->nsec;
}
#endif

/* A time the 32-bit calls cannot carry is EOVERFLOW, as glibc says. */
static int to_long(struct kernel_timespec_long *k, const struct timespec *ts)
{
	k->sec = (long)ts->tv_sec;
	k->nsec = ts->tv_nsec;
	if (k->sec != ts->tv_sec) {
		errno = EOVERFLOW;
		return -1;
	}
	return 0;
}

static void from_long(struct timespec *ts, const struct kernel_timespec_long *k)
{
	ts->tv_sec = k->sec;
	ts->tv_nsec = k->nsec;
}

/* clock_gettime and clock_getres: the same shape of call. */
static int clock_read(long nr64, long nr, clockid_t clock, struct timespec *ts)
{
	struct kernel_timespec_long kl;
	long ret;

#ifdef __NR_clock_gettime64
	struct kernel_timespec64 k;

	ret = arch_syscall2(nr64, clock, ts ? SC(&k) : 0);
	if (ret != -ENOSYS) {
		if (syscall_result(ret) < 0)
			return -1;
		if (ts)
			from64(ts, &k);
		return 0;
	}
#endif
	(void)nr64;
	ret = arch_syscall2(nr, clock, ts ? SC(&kl) : 0);
	if (syscall_result(ret) < 0)
		return -1;
	if (ts)
		from_long(ts, &kl);
	return 0;
}

#ifndef __NR_clock_gettime64
#define __NR_clock_gettime64		-1
#define __NR_clock_getres_time64	-1
#endif

int clock_gettime(clockid_t clock, struct timespec *ts)
{
	return clock_read(__NR_clock_gettime64, __NR_clock_gettime, clock, ts);
}

int clock_getres(clockid_t clock, struct timespec *res)
{
	return clock_read(__NR_clock_getres_time64, __NR_clock_getres, clock,
			  res);
}

int clock_settime(clockid_t clock, const struct timespec *ts)
{
	struct kernel_timespec_long kl;

	if (!ts) {
		errno = EFAULT;
		return -1;
	}
#ifdef __NR_clock_settime64
	struct kernel_timespec64 k;
	long ret;

	to64(&k, ts);
	ret = arch_syscall2(__NR_clock_settime64, clock, SC(&k));
	if (ret != -ENOSYS)
		return syscall_result(ret);
#endif
	if (to_long(&kl, ts) < 0)
		return -1;
	return syscall_result(arch_syscall2(__NR_clock_settime, clock,
					    SC(&kl)));
}

/* Returns the error number itself, as POSIX says, and leaves errno. */
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req,
		    struct timespec *rem)
{
	struct kernel_timespec_long kreq, krem;
	long ret;

	if (!req)
		return EFAULT;
#ifdef __NR_clock_nanosleep_time64
	struct kernel_timespec64 k, krem64;

	to64(&k, req);
	ret = arch_syscall4(__NR_clock_nanosleep_time64, clock, flags, SC(&k),
			    rem ? SC(&krem64) : 0);
	if (ret != -ENOSYS) {
		if (ret == -EINTR && rem && !(flags & TIMER_ABSTIME))
			from64(rem, &krem64);
		return (int)-ret;
	}
#endif
	kreq.sec = (long)req->tv_sec;
	kreq.nsec = req->tv_nsec;
	if (kreq.sec != req->tv_sec)
		return EOVERFLOW;
	ret = arch_syscall4(__NR_clock_nanosleep, clock, flags, SC(&kreq),
			    rem ? SC(&krem) : 0);
	if (ret == -EINTR && rem && !(flags & TIMER_ABSTIME))
		from_long(rem, &krem);
	return (int)-ret;
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	int err = clock_nanosleep(CLOCK_REALTIME, 0, req, rem);

	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}
