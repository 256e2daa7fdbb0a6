/*
 * alarm and pause. arm and the generic table have no alarm call: there,
 * as everywhere the call is missing, the real-time interval timer does the
 * same job.
 */
#include <unistd.h>
#include "kernel/syscall.h"

struct kernel_itimerval {
	long interval_sec, interval_usec;
	long value_sec, value_usec;
};

unsigned int alarm(unsigned int seconds)
{
#ifdef __NR_alarm
	return arch_syscall1(__NR_alarm, seconds);
#else
	struct kernel_itimerval it = { 0, 0, (long)seconds, 0 }, old;

	if (syscall_failed(arch_syscall3(__NR_setitimer, 0, SC(&it),
					 SC(&old))))
		return 0;
	/* a part second left rounds up, as the kernel's alarm does */
	return old.value_sec + (old.value_usec >= 500000 ||
				(!old.value_sec && old.value_usec));
#endif
}

/* The generic table has no pause: ppoll on nothing, forever, also
 * returns only when a handler has run. */
int pause(void)
{
#ifdef __NR_pause
	return syscall_result(arch_syscall0(__NR_pause));
#else
	return syscall_result(arch_syscall5(__NR_ppoll, 0, 0, 0, 0, 0));
#endif
}
