/*
 * signal() with BSD semantics, as glibc: the handler stays installed,
 * blocks its own signal while it runs, and interrupted system calls
 * restart unless siginterrupt() said otherwise for that signal.
 */
#include <signal.h>
#include "kernel/signal.h"

static sigset_t interrupting;	/* signals siginterrupt(sig, 1) named */

__sighandler_t bsd_signal(int sig, __sighandler_t handler)
{
	struct sigaction act, old;

	act.sa_handler = handler;
	sigemptyset(&act.sa_mask);
	if (sigaddset(&act.sa_mask, sig) < 0)
		return SIG_ERR;
	act.sa_flags = sigismember(&interrupting, sig) ? 0 : SA_RESTART;
	if (sigaction(sig, &act, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

__sighandler_t signal(int sig, __sighandler_t handler)
{
	return bsd_signal(sig, handler);
}

/* System V: the handler is reset on entry and does not block its signal. */
__attribute__((weak))
__sighandler_t sysv_signal(int sig, __sighandler_t handler)
{
	struct sigaction act, old;

	act.sa_handler = handler;
	sigemptyset(&act.sa_mask);
	act.sa_flags = SA_RESETHAND | SA_NODEFER;
	if (sigaction(sig, &act, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

__attribute__((weak))
int siginterrupt(int sig, int flag)
{
	struct sigaction act;

	if (sigaction(sig, NULL, &act) < 0)
		return -1;
	if (flag) {
		sigaddset(&interrupting, sig);
		act.sa_flags &= ~SA_RESTART;
	} else {
		sigdelset(&interrupting, sig);
		act.sa_flags |= SA_RESTART;
	}
	return sigaction(sig, &act, NULL);
}
