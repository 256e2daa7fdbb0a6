/* Processes: getpid, fork, execve, personality, kill, _exit. */
#include <signal.h>
#include <sys/personality.h>
#include <unistd.h>
#include "kernel/syscall.h"

pid_t getpid(void)
{
	return arch_syscall0(__NR_getpid);
}

pid_t fork(void)
{
	/* clone(SIGCHLD, 0, ...) is fork on every target; the argument order
	 * after the first two differs between architectures but is unused. */
	return syscall_result(arch_syscall5(__NR_clone, SIGCHLD, 0,
					    0, 0, 0));
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return syscall_result(arch_syscall3(__NR_execve, SC(path), SC(argv),
					    SC(envp)));
}

int personality(unsigned long persona)
{
	return (int)syscall_result(arch_syscall1(__NR_personality, persona));
}

int kill(pid_t pid, int sig)
{
	return syscall_result(arch_syscall2(__NR_kill, pid, sig));
}

void _exit(int status)
{
	for (;;)
		arch_syscall1(__NR_exit_group, status);
}
