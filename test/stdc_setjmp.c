/*
 * Tests for <setjmp.h>: setjmp returns 0 and then longjmp's value (1 for
 * 0), across several frames; values the compiler keeps in callee-saved
 * registers (integers and doubles) survive a jump from a function that
 * uses every register; sigsetjmp(env, 1) brings the signal mask back and
 * sigsetjmp(env, 0) does not; a signal handler can siglongjmp out.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include "check.h"

static jmp_buf env;
static sigjmp_buf senv;
static volatile int depth_reached;

static __attribute__((noinline)) void dive(int depth, int val)
{
	volatile char pad[64];

	if (val < 0)
		return;		/* a way out, for the compiler's sake */
	pad[0] = (char)depth;
	depth_reached = depth + pad[0] - depth;
	if (depth == 0)
		longjmp(env, val);
	dive(depth - 1, val);
}

/* Clobbers as many integer and floating-point registers as it can. */
static __attribute__((noinline)) void clobber_and_jump(volatile int *seed)
{
	long a = *seed, b = a * 3, c = b ^ 5, d = c + a, e = d * 7, f = e - b;
	long g = f ^ c, h = g + d, i = h * 11, j = i - e;
	double x = (double)*seed, y = x * 1.5, z = y + x, w = z * z, v = w - y;
	double u = v / 3, t = u + w, s = t * 0.25;

	__asm__ volatile ("" : "+r"(a), "+r"(b), "+r"(c), "+r"(d), "+r"(e));
	__asm__ volatile ("" : "+r"(f), "+r"(g), "+r"(h), "+r"(i), "+r"(j));
	*seed = (int)(a + b + c + d + e + f + g + h + i + j +
		      (long)(x + y + z + w + v + u + t + s));
	longjmp(env, 7);
}

static __attribute__((noinline)) int kept_across(int n)
{
	/* Live across setjmp and the jump, never changed after setjmp: the
	 * compiler may keep them in callee-saved registers. */
	int k1 = n * 3, k2 = n * 5 + 1, k3 = n ^ 0x55, k4 = n + 1000;
	double d1 = n * 0.5, d2 = n * 2.25, d3 = n + 0.125;
	volatile int seed = n;

	if (setjmp(env) == 0)
		clobber_and_jump(&seed);
	CHECK_INT(k1, n * 3);
	CHECK_INT(k2, n * 5 + 1);
	CHECK_INT(k3, n ^ 0x55);
	CHECK_INT(k4, n + 1000);
	CHECK(d1 == n * 0.5);
	CHECK(d2 == n * 2.25);
	CHECK(d3 == n + 0.125);
	return k1 + k2;
}

static int blocked(int sig)
{
	sigset_t now;

	sigprocmask(SIG_BLOCK, NULL, &now);
	return sigismember(&now, sig);
}

static void block(int sig)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_BLOCK, &set, NULL);
}

static void unblock(int sig)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
}

static volatile sig_atomic_t handled;

static void jump_out(int sig)
{
	handled = sig;
	siglongjmp(senv, 3);
}

int main(void)
{
	volatile int calls = 0;
	int r;

	r = setjmp(env);
	calls++;
	if (r == 0)
		dive(5, 42);
	CHECK_INT(r, 42);
	CHECK_INT(calls, 2);
	CHECK_INT(depth_reached, 0);

	r = setjmp(env);
	if (r == 0)
		longjmp(env, 0);
	CHECK_INT(r, 1);

	r = _setjmp(env);
	if (r == 0)
		_longjmp(env, -5);
	CHECK_INT(r, -5);

	CHECK_INT(kept_across(12), 36 + 61);
	CHECK_INT(kept_across(-3), -9 - 14);

	/* sigsetjmp(env, 1): the mask at sigsetjmp comes back. */
	unblock(SIGUSR1);
	r = sigsetjmp(senv, 1);
	if (r == 0) {
		block(SIGUSR1);
		CHECK(blocked(SIGUSR1));
		siglongjmp(senv, 2);
	}
	CHECK_INT(r, 2);
	CHECK(!blocked(SIGUSR1));

	/* sigsetjmp(env, 0) and setjmp leave the mask as it is. */
	r = sigsetjmp(senv, 0);
	if (r == 0) {
		block(SIGUSR1);
		siglongjmp(senv, 4);
	}
	CHECK_INT(r, 4);
	CHECK(blocked(SIGUSR1));
	unblock(SIGUSR1);
	r = setjmp(env);
	if (r == 0) {
		block(SIGUSR2);
		longjmp(env, 1);
	}
	CHECK(blocked(SIGUSR2));
	unblock(SIGUSR2);

	/* Out of a handler: the handler's own mask (SIGUSR1 blocked while
	 * it runs) goes away with the jump. */
	signal(SIGUSR1, jump_out);
	r = sigsetjmp(senv, 1);
	if (r == 0) {
		raise(SIGUSR1);
		CHECK(!"raise returned");
	}
	CHECK_INT(r, 3);
	CHECK_INT(handled, SIGUSR1);
	CHECK(!blocked(SIGUSR1));
	handled = 0;
	r = sigsetjmp(senv, 1);
	if (r == 0)
		raise(SIGUSR1);
	CHECK_INT(handled, SIGUSR1);	/* the handler works a second time */
	signal(SIGUSR1, SIG_DFL);
	return check_done();
}
