/*
 * Interval timers: getitimer, setitimer (alarm is with the signals, in
 * kernel/signal_alarm.c). The kernel's itimerval is two pairs of longs on
 * every target.
 */
#include <sys/time.h>
#include "kernel/syscall.h"
#include "kernel/kernel_time.h"

struct kernel_itimerval {
	struct kernel_long_time interval, value;
};

static void from_kernel(struct itimerval *v, const struct kernel_itimerval *k)
{
	v->it_interval.tv_sec = k->interval.sec;
	v->it_interval.tv_usec = k->interval.frac;
	v->it_value.tv_sec = k->value.sec;
	v->it_value.tv_usec = k->value.frac;
}

int getitimer(int which, struct itimerval *value)
{
	struct kernel_itimerval k;

	if (syscall_result(arch_syscall2(__NR_getitimer, which, SC(&k))) < 0)
		return -1;
	from_kernel(value, &k);
	return 0;
}

int setitimer(int which, const struct itimerval *value, struct itimerval *old)
{
	struct kernel_itimerval k = {
		{ (long)value->it_interval.tv_sec, value->it_interval.tv_usec },
		{ (long)value->it_value.tv_sec, value->it_value.tv_usec },
	};
	struct kernel_itimerval ko;

	if (syscall_result(arch_syscall3(__NR_setitimer, which, SC(&k),
					 SC(&ko))) < 0)
		return -1;
	if (old)
		from_kernel(old, &ko);
	return 0;
}
