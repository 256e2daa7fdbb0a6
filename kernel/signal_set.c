/* Signal sets: a bit per signal, signal n at bit n-1 of the words. The GNU
 * extensions are weak, so that a program may define its own. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include "kernel/signal.h"

#define SET_WORDS	(sizeof(sigset_t) / sizeof(unsigned long))
#define WORD_BITS	(8 * sizeof(unsigned long))

static unsigned long *word_of(sigset_t *set, int sig)
{
	return &set->__val[(unsigned)(sig - 1) / WORD_BITS];
}

static unsigned long bit_of(int sig)
{
	return 1UL << ((unsigned)(sig - 1) % WORD_BITS);
}

int sigemptyset(sigset_t *set)
{
	memset(set, 0, sizeof(*set));
	return 0;
}

/* Every signal but the two kept back. */
int sigfillset(sigset_t *set)
{
	memset(set, 0xff, sizeof(*set));
	*word_of(set, 32) &= ~bit_of(32);
	*word_of(set, 33) &= ~bit_of(33);
	return 0;
}

int sigaddset(sigset_t *set, int sig)
{
	if (!signal_settable(sig)) {
		errno = EINVAL;
		return -1;
	}
	*word_of(set, sig) |= bit_of(sig);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (!signal_settable(sig)) {
		errno = EINVAL;
		return -1;
	}
	*word_of(set, sig) &= ~bit_of(sig);
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	if (!signal_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	return (*word_of((sigset_t *)set, sig) & bit_of(sig)) != 0;
}

__attribute__((weak))
int sigisemptyset(const sigset_t *set)
{
	for (unsigned i = 0; i < SET_WORDS; i++)
		if (set->__val[i])
			return 0;
	return 1;
}

__attribute__((weak))
int sigandset(sigset_t *dest, const sigset_t *left, const sigset_t *right)
{
	for (unsigned i = 0; i < SET_WORDS; i++)
		dest->__val[i] = left->__val[i] & right->__val[i];
	return 0;
}

__attribute__((weak))
int sigorset(sigset_t *dest, const sigset_t *left, const sigset_t *right)
{
	for (unsigned i = 0; i < SET_WORDS; i++)
		dest->__val[i] = left->__val[i] | right->__val[i];
	return 0;
}
