/*
 * The old interfaces glibc still has: BSD's sigblock, sigsetmask and
 * siggetmask on a mask of the first 32 signals (sigmask(sig) is its bit),
 * and System V's sighold, sigrelse and sigignore. Weak, as a program may
 * define its own.
 */
#include <signal.h>
#include <string.h>

static int mask_of(const sigset_t *set)
{
	unsigned int mask = 0;

	for (int sig = 1; sig <= 32; sig++)
		if (sigismember(set, sig) == 1)
			mask |= 1u << (sig - 1);
	return (int)mask;
}

static void set_of(int mask, sigset_t *set)
{
	sigemptyset(set);
	for (int sig = 1; sig <= 32; sig++)
		if ((unsigned int)mask & (1u << (sig - 1)))
			sigaddset(set, sig);
}

/* how the mask changes; the old one's first 32 signals, or -1 */
static int change(int how, int mask)
{
	sigset_t set, old;

	set_of(mask, &set);
	if (sigprocmask(how, &set, &old) < 0)
		return -1;
	return mask_of(&old);
}

__attribute__((weak))
int sigblock(int mask)
{
	return change(SIG_BLOCK, mask);
}

__attribute__((weak))
int sigsetmask(int mask)
{
	return change(SIG_SETMASK, mask);
}

__attribute__((weak))
int siggetmask(void)
{
	return change(SIG_BLOCK, 0);
}

static int one(int how, int sig)
{
	sigset_t set;

	sigemptyset(&set);
	if (sigaddset(&set, sig) < 0)
		return -1;
	return sigprocmask(how, &set, NULL);
}

__attribute__((weak))
int sighold(int sig)
{
	return one(SIG_BLOCK, sig);
}

__attribute__((weak))
int sigrelse(int sig)
{
	return one(SIG_UNBLOCK, sig);
}

__attribute__((weak))
int sigignore(int sig)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	return sigaction(sig, &sa, NULL);
}
