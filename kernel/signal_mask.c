/* The blocked set: sigprocmask, sigpending, sigsuspend. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include "kernel/signal.h"
#include "kernel/syscall.h"

/* Signals 32 and 33, bits 31 and 32 of the kernel's set, stay as they are. */
#define KEPT_BACK	((uint64_t)3 << 31)

int sigprocmask(int how, const sigset_t *set, sigset_t *oset)
{
	uint64_t kset;

	if (set) {
		if (how != SIG_BLOCK && how != SIG_UNBLOCK &&
		    how != SIG_SETMASK) {
			errno = EINVAL;
			return -1;
		}
		memcpy(&kset, set, sizeof(kset));
		kset &= ~KEPT_BACK;
	}
	return syscall_result(arch_syscall4(__NR_rt_sigprocmask, how,
					    set ? SC(&kset) : 0, SC(oset),
					    KSIGSET_SIZE));
}

int sigpending(sigset_t *set)
{
	return syscall_result(arch_syscall2(__NR_rt_sigpending, SC(set),
					    KSIGSET_SIZE));
}

int sigsuspend(const sigset_t *mask)
{
	return syscall_result(arch_syscall2(__NR_rt_sigsuspend, SC(mask),
					    KSIGSET_SIZE));
}
