/*
 * abort and raise: signals to oneself. abort ends the process with SIGABRT
 * even when the program blocks, ignores or catches it and its handler
 * returns: it unblocks the signal and raises it, and if that returns, puts
 * back the default action and raises it again, as glibc does.
 */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "kernel/syscall.h"

#define KERNEL_SIG_UNBLOCK	1
#define KERNEL_SIGSET_BYTES	8

/* The kernel's struct sigaction for rt_sigaction on these targets: handler,
 * flags, restorer, mask. All zero: SIG_DFL, no flags, nothing blocked. */
struct kernel_sigaction {
	unsigned long handler, flags, restorer;
	unsigned int mask[2];
};

int raise(int sig)
{
	long pid = arch_syscall0(__NR_getpid);
	long tid = arch_syscall0(__NR_gettid);

	return (int)syscall_result(arch_syscall3(__NR_tgkill, pid, tid, sig));
}

void abort(void)
{
	unsigned int set[2] = { 1u << (SIGABRT - 1), 0 };
	struct kernel_sigaction dfl = { 0 };

	arch_syscall4(__NR_rt_sigprocmask, KERNEL_SIG_UNBLOCK, SC(set), 0,
		      KERNEL_SIGSET_BYTES);
	raise(SIGABRT);
	arch_syscall4(__NR_rt_sigaction, SIGABRT, SC(&dfl), 0,
		      KERNEL_SIGSET_BYTES);
	raise(SIGABRT);
	_exit(127);
}
