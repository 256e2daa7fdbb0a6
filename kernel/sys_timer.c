/*
 * POSIX per-process timers. A timer_t holds the kernel's timer id. The
 * 32-bit targets set and read them with the *_time64 calls when the
 * kernel has them (5.1+), else with the calls of two longs per time.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>
#include "kernel/syscall.h"

struct kernel_itimerspec_long {
	long interval_sec, interval_nsec;
	long value_sec, value_nsec;
};

#ifdef __NR_timer_settime64
struct kernel_itimerspec64 {
	long long interval_sec, interval_nsec;
	long long value_sec, value_nsec;
};

static void from64(struct itimerspec *it, const struct kernel_itimerspec64 *k)
{
	it->it_interval.tv_sec = k->interval_sec;
	it->it_interval.tv_nsec = (long)k->interval_nsec;
	it->it_value.tv_sec = k->value_sec;
	it->it_value.tv_nsec = (long)k->value_nsec;
}
#endif

static void from_long(struct itimerspec *it,
		      const struct kernel_itimerspec_long *k)
{
	it->it_interval.tv_sec = k->interval_sec;
	it->it_interval.tv_nsec = k->interval_nsec;
	it->it_value.tv_sec = k->value_sec;
	it->it_value.tv_nsec = k->value_nsec;
}

static long id_of(timer_t timer)
{
	return (long)(intptr_t)timer;
}

int timer_create(clockid_t clock, struct sigevent *sev, timer_t *timer)
{
	int id;

	if (sev && sev->sigev_notify == SIGEV_THREAD) {
		errno = EINVAL;	/* no threads to run the function on */
		return -1;
	}
	if (syscall_result(arch_syscall3(__NR_timer_create, clock, SC(sev),
					 SC(&id))) < 0)
		return -1;
	*timer = (timer_t)(intptr_t)id;
	return 0;
}

int timer_delete(timer_t timer)
{
	return syscall_result(arch_syscall1(__NR_timer_delete, id_of(timer)));
}

int timer_getoverrun(timer_t timer)
{
	return syscall_result(arch_syscall1(__NR_timer_getoverrun,
					    id_of(timer)));
}

int timer_settime(timer_t timer, int flags, const struct itimerspec *value,
		  struct itimerspec *old)
{
	struct kernel_itimerspec_long k, ko;
	long ret;

	if (!value) {
		errno = EINVAL;	/* as the kernel says for a missing value */
		return -1;
	}
#ifdef __NR_timer_settime64
	struct kernel_itimerspec64 k64 = {
		value->it_interval.tv_sec, value->it_interval.tv_nsec,
		value->it_value.tv_sec, value->it_value.tv_nsec
	}, ko64;

	ret = arch_syscall4(__NR_timer_settime64, id_of(timer), flags,
			    SC(&k64), old ? SC(&ko64) : 0);
	if (ret != -ENOSYS) {
		if (syscall_result(ret) < 0)
			return -1;
		if (old)
			from64(old, &ko64);
		return 0;
	}
#endif
	k.interval_sec = (long)value->it_interval.tv_sec;
	k.interval_nsec = value->it_interval.tv_nsec;
	k.value_sec = (long)value->it_value.tv_sec;
	k.value_nsec = value->it_value.tv_nsec;
	if (k.interval_sec != value->it_interval.tv_sec ||
	    k.value_sec != value->it_value.tv_sec) {
		errno = EOVERFLOW;
		return -1;
	}
	ret = arch_syscall4(__NR_timer_settime, id_of(timer), flags, SC(&k),
			    old ? SC(&ko) : 0);
	if (syscall_result(ret) < 0)
		return -1;
	if (old)
		from_long(old, &ko);
	return 0;
}

int timer_gettime(timer_t timer, struct itimerspec *value)
{
	struct kernel_itimerspec_long k;

#ifdef __NR_timer_gettime64
	struct kernel_itimerspec64 k64;
	long ret = arch_syscall2(__NR_timer_gettime64, id_of(timer),
				 SC(&k64));

	if (ret != -ENOSYS) {
		if (syscall_result(ret) < 0)
			return -1;
		from64(value, &k64);
		return 0;
	}
#endif
	if (syscall_result(arch_syscall2(__NR_timer_gettime, id_of(timer),
					 SC(&k))) < 0)
		return -1;
	from_long(value, &k);
	return 0;
}
