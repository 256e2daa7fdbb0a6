/* Scheduling: sched_yield, sched_getcpu, CPU affinity, policies and
 * priorities. */
#include <errno.h>
#include <sched.h>
#include <string.h>
#include "kernel/syscall.h"

int sched_yield(void)
{
	return syscall_result(arch_syscall0(__NR_sched_yield));
}

/* The CPU this thread runs on now (it may move at once). */
int sched_getcpu(void)
{
	unsigned int cpu;
	long ret = arch_syscall3(__NR_getcpu, SC(&cpu), 0, 0);

	return syscall_result(ret) < 0 ? -1 : (int)cpu;
}

/* The kernel writes only the bytes of its own mask and says how many:
 * the rest of the caller's set is cleared, as glibc does. */
int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
{
	long ret = syscall_result(arch_syscall3(__NR_sched_getaffinity, pid,
						SC(size), SC(set)));

	if (ret < 0)
		return -1;
	if ((size_t)ret < size)
		memset((char *)set + ret, 0, size - (size_t)ret);
	return 0;
}

int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set)
{
	return syscall_result(arch_syscall3(__NR_sched_setaffinity, pid,
					    SC(size), SC(set)));
}

int sched_cpucount(size_t size, const cpu_set_t *set)
{
	const unsigned long *w = set->__bits;
	size_t i;
	int n = 0;

	for (i = 0; i < size / sizeof(*w); i++)
		n += __builtin_popcountl(w[i]);
	return n;
}

int sched_get_priority_max(int policy)
{
	return syscall_result(arch_syscall1(__NR_sched_get_priority_max,
					    policy));
}

int sched_get_priority_min(int policy)
{
	return syscall_result(arch_syscall1(__NR_sched_get_priority_min,
					    policy));
}

int sched_getscheduler(pid_t pid)
{
	return syscall_result(arch_syscall1(__NR_sched_getscheduler, pid));
}

int sched_setscheduler(pid_t pid, int policy, const struct sched_param *p)
{
	return syscall_result(arch_syscall3(__NR_sched_setscheduler, pid,
					    policy, SC(p)));
}

int sched_getparam(pid_t pid, struct sched_param *p)
{
	return syscall_result(arch_syscall2(__NR_sched_getparam, pid, SC(p)));
}

int sched_setparam(pid_t pid, const struct sched_param *p)
{
	return syscall_result(arch_syscall2(__NR_sched_setparam, pid, SC(p)));
}
