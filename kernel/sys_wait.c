/* Waiting for children: wait4, waitpid, wait. */
#include <sys/wait.h>
#include "kernel/syscall.h"

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	return syscall_result(arch_syscall4(__NR_wait4, pid, SC(status),
					    options, SC(usage)));
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, 0);
}

pid_t wait(int *status)
{
	return wait4(-1, status, 0, 0);
}
