/* Clocks and sleeping. The kernel's timespec is two 64-bit fields where
 * clock_gettime64 exists (32-bit targets) and two longs otherwise. */
#include <errno.h>
#include <time.h>
#include "kernel/syscall.h"

struct kernel_timespec64 {
	long long sec;
	long long nsec;
};

struct kernel_timespec_long {
	long sec;
	long nsec;
};

int clock_gettime(clockid_t clock, struct timespec *ts)
{
#ifdef __NR_clock_gettime64
	struct kernel_timespec64 k;
	long ret = arch_syscall2(__NR_clock_gettime64, clock, SC(&k));

	if (ret != -ENOSYS) {
		if (syscall_result(ret) < 0)
			return -1;
		ts->tv_sec = k.sec;
		ts->tv_nsec = (long)k.nsec;
		return 0;
	}
	/* Kernels before 5.1: the 32-bit call, good until 2038. */
#endif
	struct kernel_timespec_long kl;

	if (syscall_result(arch_syscall2(__NR_clock_gettime, clock, SC(&kl))) < 0)
		return -1;
	ts->tv_sec = kl.sec;
	ts->tv_nsec = kl.nsec;
	return 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	struct kernel_timespec_long kreq = { (long)req->tv_sec, req->tv_nsec };
	struct kernel_timespec_long krem = { 0, 0 };
	long ret = syscall_result(arch_syscall2(__NR_nanosleep, SC(&kreq),
						SC(&krem)));

	if (ret < 0 && rem) {
		rem->tv_sec = krem.sec;
		rem->tv_nsec = krem.nsec;
	}
	return ret;
}
