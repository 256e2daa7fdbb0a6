/* Waiting for children: wait4, wait3, waitpid, wait, waitid. */
#include <sys/wait.h>
#include "kernel/syscall.h"
#include "kernel/kernel_time.h"

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	struct kernel_rusage k;
	long ret = arch_syscall4(__NR_wait4, pid, SC(status), options,
				 SC(usage ? &k : 0));

	if (ret > 0 && usage)
		rusage_from_kernel(usage, &k);
	return syscall_result(ret);
}

pid_t wait3(int *status, int options, struct rusage *usage)
{
	return wait4(-1, status, options, usage);
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, 0);
}

pid_t wait(int *status)
{
	return wait4(-1, status, 0, 0);
}

int waitid(idtype_t idtype, id_t id, siginfo_t *info, int options)
{
	return syscall_result(arch_syscall5(__NR_waitid, idtype, id, SC(info),
					    options, 0));
}
