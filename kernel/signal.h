/*
 * What the signal wrappers share; not a public header.
 *
 * The kernel's sigset is 8 bytes (64 signals) on every target, the first
 * 8 bytes of sigset_t in the same bit order, so a sigset_t is passed as
 * it is with KSIGSET_SIZE. Its sigaction differs from the C library's:
 * handler, flags, restorer, then the 8-byte mask; riscv64 has no restorer
 * (ARCH_NO_SA_RESTORER, asm/unistd.h): its handlers return through the
 * vDSO.
 */
#ifndef KERNEL_SIGNAL_H
#define KERNEL_SIGNAL_H

#include <signal.h>
#include <asm/unistd.h>

#define KSIGSET_SIZE	8
#define SA_RESTORER	0x04000000

struct ksigaction {
	void *handler;
	unsigned long flags;
#ifndef ARCH_NO_SA_RESTORER
	void (*restorer)(void);
#endif
	unsigned long mask[KSIGSET_SIZE / sizeof(unsigned long)];
};

/*
 * The return trampolines the kernel's signal frame returns into
 * (arch/<arch>/sigreturn.S): rt_sigreturn after a SA_SIGINFO frame, the
 * older sigreturn after a plain one where the target has both (x86, arm;
 * x86_64 and aarch64 have only rt frames and make both names one).
 */
void sigreturn_rt(void);
void sigreturn_plain(void);

/* 1..64: a signal the kernel knows. */
static inline int signal_valid(int sig)
{
	return sig >= 1 && sig < _NSIG;
}

/* A signal a program may catch, block or name in a set: 32 and 33 are
 * kept back, as glibc keeps them for its threads. */
static inline int signal_settable(int sig)
{
	return signal_valid(sig) && sig != 32 && sig != 33;
}

#endif
