/* Resource limits, always through prlimit64 so that 32-bit targets see
 * 64-bit values and RLIM_INFINITY as it is; usage and priorities. */
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/times.h>
#include "kernel/syscall.h"
#include "kernel/kernel_time.h"

int prlimit(pid_t pid, int resource, const struct rlimit *new_limit,
	    struct rlimit *old_limit)
{
	return syscall_result(arch_syscall4(__NR_prlimit64, pid, resource,
					    SC(new_limit), SC(old_limit)));
}

int getrlimit(int resource, struct rlimit *rl)
{
	return prlimit(0, resource, 0, rl);
}

int setrlimit(int resource, const struct rlimit *rl)
{
	return prlimit(0, resource, rl, 0);
}

void rusage_from_kernel(struct rusage *ru, const struct kernel_rusage *k)
{
	ru->ru_utime.tv_sec = k->utime.sec;
	ru->ru_utime.tv_usec = k->utime.frac;
	ru->ru_stime.tv_sec = k->stime.sec;
	ru->ru_stime.tv_usec = k->stime.frac;
	memcpy(&ru->ru_maxrss, k->rest, sizeof(k->rest));
}

int getrusage(int who, struct rusage *usage)
{
	struct kernel_rusage k;

	if (syscall_result(arch_syscall2(__NR_getrusage, who, SC(&k))) < 0)
		return -1;
	rusage_from_kernel(usage, &k);
	return 0;
}

/* The kernel answers 20 - nice, so that no answer looks like an error. */
int getpriority(int which, id_t who)
{
	long ret = syscall_result(arch_syscall2(__NR_getpriority, which, who));

	return ret < 0 ? -1 : 20 - (int)ret;
}

int setpriority(int which, id_t who, int prio)
{
	return syscall_result(arch_syscall3(__NR_setpriority, which, who,
					    prio));
}

/* The kernel's answer is a tick count that may look negative; only a bad
 * buffer is an error. */
clock_t times(struct tms *buf)
{
	long ret = arch_syscall1(__NR_times, SC(buf));

	if (ret == -EFAULT)
		return syscall_result(ret);
	return ret;
}
