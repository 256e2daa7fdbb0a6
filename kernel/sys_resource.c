/* Resource limits, always through prlimit64 so that 32-bit targets see
 * 64-bit values and RLIM_INFINITY as it is. */
#include <sys/resource.h>
#include "kernel/syscall.h"

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
