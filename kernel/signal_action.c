/*
 * sigaction: the C library's struct to the kernel's and back. Every
 * handler returns through the library's own trampoline (SA_RESTORER):
 * x86_64 requires one, and x86 and arm then need no code on the stack.
 * riscv64 has none: its kernel returns handlers through the vDSO.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include "kernel/signal.h"
#include "kernel/syscall.h"

int sigaction(int sig, const struct sigaction *act, struct sigaction *oact)
{
	struct ksigaction k, old;
	long ret;

	if (!signal_settable(sig)) {
		errno = EINVAL;
		return -1;
	}
	if (act) {
		k.handler = (void *)act->sa_handler;
#ifdef ARCH_NO_SA_RESTORER
		k.flags = (unsigned int)act->sa_flags;
#else
		k.flags = (unsigned int)act->sa_flags | SA_RESTORER;
		k.restorer = act->sa_flags & SA_SIGINFO ? sigreturn_rt
							: sigreturn_plain;
#endif
		memcpy(k.mask, &act->sa_mask, KSIGSET_SIZE);
	}
	ret = arch_syscall4(__NR_rt_sigaction, sig, act ? SC(&k) : 0,
			    oact ? SC(&old) : 0, KSIGSET_SIZE);
	if (syscall_result(ret) < 0)
		return -1;
	if (oact) {
		memset(oact, 0, sizeof(*oact));
		oact->sa_handler = (__sighandler_t)old.handler;
		oact->sa_flags = (int)old.flags;
#ifndef ARCH_NO_SA_RESTORER
		oact->sa_restorer = old.restorer;
#endif
		memcpy(&oact->sa_mask, old.mask, KSIGSET_SIZE);
	}
	return 0;
}
