/* gettimeofday and settimeofday, on the 64-bit clock calls. */
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include "kernel/syscall.h"
#include "kernel/kernel_time.h"

int gettimeofday(struct timeval *tv, void *tz)
{
	struct timespec ts;

	if (tz) {
		/* the kernel's zone is all zeros on every distribution */
		struct timezone *z = tz;

		z->tz_minuteswest = 0;
		z->tz_dsttime = 0;
	}
	if (!tv)
		return 0;
	if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return -1;
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
	return 0;
}

int settimeofday(const struct timeval *tv, const struct timezone *tz)
{
	long ret;

	if (tz) {
		/* the kernel's zone alone may be set, never with the time */
		if (tv) {
			errno = EINVAL;
			return -1;
		}
		return syscall_result(arch_syscall2(__NR_settimeofday, 0,
						    SC(tz)));
	}
	if (!tv) {
		errno = EFAULT;
		return -1;
	}
	if (tv->tv_usec < 0 || tv->tv_usec >= 1000000) {
		errno = EINVAL;
		return -1;
	}
#ifdef __NR_clock_settime64
	{
		struct kernel_timespec64 k = { tv->tv_sec, tv->tv_usec * 1000 };

		ret = arch_syscall2(__NR_clock_settime64, CLOCK_REALTIME,
				    SC(&k));
		if (ret != -ENOSYS)
			return syscall_result(ret);
	}
#endif
	{
		struct kernel_long_time k = { (long)tv->tv_sec,
					      tv->tv_usec * 1000 };

		ret = arch_syscall2(__NR_clock_settime, CLOCK_REALTIME, SC(&k));
	}
	return syscall_result(ret);
}
