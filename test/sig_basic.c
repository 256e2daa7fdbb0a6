/*
 * Signals: sets, sigaction and its trampolines (handlers run and return on
 * every target, with and without SA_SIGINFO), signal()'s BSD semantics,
 * masks, pending, sigwait, alarm, sigaltstack and the errors, as glibc.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static volatile sig_atomic_t hits, last_sig, last_code, nested_blocked;
static volatile pid_t last_pid;
static volatile void *on_stack;

static void count(int sig)
{
	hits++;
	last_sig = sig;
}

static void with_info(int sig, siginfo_t *info, void *ctx)
{
	(void)ctx;
	hits++;
	last_sig = info->si_signo == sig ? sig : -1;
	last_code = info->si_code;
	last_pid = info->si_pid;
}

/* Is the handler's own signal blocked while it runs? */
static void look_at_mask(int sig)
{
	sigset_t now;

	sigprocmask(SIG_BLOCK, NULL, &now);
	nested_blocked = sigismember(&now, sig);
	hits++;
}

static void where_am_i(int sig)
{
	int local;

	(void)sig;
	on_stack = &local;
	hits++;
}

static void sets(void)
{
	sigset_t s;

	CHECK_INT(sizeof(sigset_t), 128);
	CHECK_INT(sizeof(siginfo_t), 128);
	CHECK_INT(sigemptyset(&s), 0);
	CHECK_INT(sigisemptyset(&s), 1);
	CHECK_INT(sigismember(&s, SIGINT), 0);
	CHECK_INT(sigaddset(&s, SIGINT), 0);
	CHECK_INT(sigismember(&s, SIGINT), 1);
	CHECK_INT(sigaddset(&s, 64), 0);
	CHECK_INT(sigismember(&s, 64), 1);
	CHECK_INT(sigdelset(&s, SIGINT), 0);
	CHECK_INT(sigismember(&s, SIGINT), 0);
	errno = 0;
	CHECK_INT(sigaddset(&s, 32), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(sigaddset(&s, 65), -1);
	CHECK_INT(sigaddset(&s, 0), -1);
	CHECK_INT(sigdelset(&s, 33), -1);
	CHECK_INT(sigismember(&s, 65), -1);
	CHECK_INT(sigismember(&s, 0), -1);
	CHECK_INT(sigismember(&s, 32), 0);
	CHECK_INT(sigfillset(&s), 0);
	CHECK_INT(sigismember(&s, 31), 1);
	CHECK_INT(sigismember(&s, 32), 0);
	CHECK_INT(sigismember(&s, 33), 0);
	CHECK_INT(sigismember(&s, 34), 1);
	CHECK_INT(sigismember(&s, SIGRTMAX), 1);
	CHECK_INT(SIGRTMIN, 34);
	CHECK_INT(NSIG, 65);
}

static void handlers(void)
{
	struct sigaction sa, old;

	hits = 0;
	CHECK(signal(SIGUSR1, count) == SIG_DFL);
	CHECK_INT(raise(SIGUSR1), 0);
	CHECK_INT(hits, 1);
	CHECK_INT(last_sig, SIGUSR1);
	CHECK_INT(kill(getpid(), SIGUSR1), 0);
	CHECK_INT(hits, 2);
	/* BSD semantics: still installed, SA_RESTART, own signal masked */
	CHECK_INT(sigaction(SIGUSR1, NULL, &old), 0);
	CHECK(old.sa_handler == count);
	CHECK(old.sa_flags & SA_RESTART);
	CHECK_INT(sigismember(&old.sa_mask, SIGUSR1), 1);
	CHECK(signal(SIGUSR1, SIG_IGN) == count);
	CHECK_INT(raise(SIGUSR1), 0);
	CHECK_INT(hits, 2);
	CHECK(signal(SIGUSR1, SIG_DFL) == SIG_IGN);

	/* SA_SIGINFO: the rt frame, the info the kernel filled in */
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = with_info;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	CHECK_INT(sigaction(SIGUSR2, &sa, NULL), 0);
	hits = 0;
	CHECK_INT(kill(getpid(), SIGUSR2), 0);
	CHECK_INT(hits, 1);
	CHECK_INT(last_sig, SIGUSR2);
	CHECK_INT(last_code, SI_USER);
	CHECK_INT(last_pid, getpid());
	CHECK_INT(raise(SIGUSR2), 0);
	CHECK_INT(hits, 2);
	CHECK_INT(last_code, SI_TKILL);
	union sigval v;
	v.sival_int = 7;
	CHECK_INT(sigqueue(getpid(), SIGUSR2, v), 0);
	CHECK_INT(hits, 3);
	CHECK_INT(last_code, SI_QUEUE);

	/* a real-time signal, handled many times in a row */
	CHECK(signal(SIGRTMIN + 1, count) == SIG_DFL);
	hits = 0;
	for (int i = 0; i < 100; i++)
		raise(SIGRTMIN + 1);
	CHECK_INT(hits, 100);

	/* SA_NODEFER leaves the signal unblocked; the default blocks it */
	sa.sa_handler = look_at_mask;
	sa.sa_flags = 0;
	sigaction(SIGHUP, &sa, NULL);
	nested_blocked = -1;
	raise(SIGHUP);
	CHECK_INT(nested_blocked, 1);
	sa.sa_flags = SA_NODEFER;
	sigaction(SIGHUP, &sa, NULL);
	raise(SIGHUP);
	CHECK_INT(nested_blocked, 0);

	/* SA_RESETHAND: one shot, then the default again */
	sa.sa_handler = count;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGHUP, &sa, NULL);
	raise(SIGHUP);
	sigaction(SIGHUP, NULL, &old);
	CHECK(old.sa_handler == SIG_DFL);

	/* the old action comes back as it was set */
	sa.sa_handler = count;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGTERM);
	sigaction(SIGINT, &sa, NULL);
	CHECK_INT(sigaction(SIGINT, NULL, &old), 0);
	CHECK(old.sa_handler == count);
	CHECK_INT(sigismember(&old.sa_mask, SIGTERM), 1);
	CHECK_INT(sigismember(&old.sa_mask, SIGQUIT), 0);
	CHECK(old.sa_flags & SA_RESTART);
	signal(SIGINT, SIG_DFL);
}

static void masks(void)
{
	sigset_t s, old, pend;
	int sig = 0;

	signal(SIGUSR1, count);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	CHECK_INT(sigprocmask(SIG_BLOCK, &s, &old), 0);
	CHECK_INT(sigismember(&old, SIGUSR1), 0);
	hits = 0;
	raise(SIGUSR1);
	CHECK_INT(hits, 0);
	CHECK_INT(sigpending(&pend), 0);
	CHECK_INT(sigismember(&pend, SIGUSR1), 1);
	CHECK_INT(sigprocmask(SIG_UNBLOCK, &s, NULL), 0);
	CHECK_INT(hits, 1);
	sigpending(&pend);
	CHECK_INT(sigismember(&pend, SIGUSR1), 0);

	/* sigwait takes a blocked signal without running the handler */
	sigprocmask(SIG_BLOCK, &s, NULL);
	raise(SIGUSR1);
	CHECK_INT(sigwait(&s, &sig), 0);
	CHECK_INT(sig, SIGUSR1);
	CHECK_INT(hits, 1);

	/* sigsuspend: wait with the signal unblocked, then the old mask */
	sigset_t wait_mask;
	sigemptyset(&wait_mask);
	raise(SIGUSR1);
	errno = 0;
	CHECK_INT(sigsuspend(&wait_mask), -1);
	CHECK_INT(errno, EINTR);
	CHECK_INT(hits, 2);
	sigprocmask(SIG_BLOCK, NULL, &old);
	CHECK_INT(sigismember(&old, SIGUSR1), 1);

	/* SIG_SETMASK, and a bad how */
	sigemptyset(&s);
	sigaddset(&s, SIGTERM);
	CHECK_INT(sigprocmask(SIG_SETMASK, &s, NULL), 0);
	sigprocmask(SIG_BLOCK, NULL, &old);
	CHECK_INT(sigismember(&old, SIGTERM), 1);
	CHECK_INT(sigismember(&old, SIGUSR1), 0);
	errno = 0;
	CHECK_INT(sigprocmask(7, &s, NULL), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(sigprocmask(7, NULL, NULL), 0);
	sigemptyset(&s);
	sigprocmask(SIG_SETMASK, &s, NULL);
	signal(SIGUSR1, SIG_DFL);
}

static void timers(void)
{
	signal(SIGALRM, count);
	hits = 0;
	CHECK_INT(alarm(1), 0);
	CHECK_INT(alarm(5), 1);
	CHECK_INT(alarm(0), 5);
	CHECK_INT(alarm(1), 0);
	errno = 0;
	CHECK_INT(pause(), -1);
	CHECK_INT(errno, EINTR);
	CHECK_INT(hits, 1);
	CHECK_INT(last_sig, SIGALRM);
	signal(SIGALRM, SIG_DFL);
}

static char alt[64 * 1024];

static void alternate_stack(void)
{
	stack_t ss, old;
	struct sigaction sa;

	CHECK_INT(sigaltstack(NULL, &old), 0);
	CHECK_INT(old.ss_flags, SS_DISABLE);
	ss.ss_sp = alt;
	ss.ss_size = sizeof(alt);
	ss.ss_flags = 0;
	CHECK_INT(sigaltstack(&ss, NULL), 0);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = where_am_i;
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGUSR2, &sa, NULL);
	on_stack = NULL;
	raise(SIGUSR2);
	CHECK((char *)on_stack >= alt && (char *)on_stack < alt + sizeof(alt));
	ss.ss_flags = SS_DISABLE;
	CHECK_INT(sigaltstack(&ss, NULL), 0);
	ss.ss_flags = 0;
	ss.ss_size = 100;
	errno = 0;
	CHECK_INT(sigaltstack(&ss, NULL), -1);
	CHECK_INT(errno, ENOMEM);
	signal(SIGUSR2, SIG_DFL);
}

static void errors(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	errno = 0;
	CHECK_INT(sigaction(0, NULL, &sa), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(sigaction(65, NULL, &sa), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(sigaction(32, NULL, &sa), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(sigaction(SIGKILL, &sa, NULL), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(sigaction(SIGKILL, NULL, &sa), 0);
	errno = 0;
	CHECK(signal(SIGSTOP, count) == SIG_ERR);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK(signal(0, count) == SIG_ERR);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(kill(getpid(), 1000), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(raise(1000), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(killpg(-1, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(killpg(0, 0), 0);
	CHECK_INT(kill(getpid(), 0), 0);
	CHECK_INT(raise(0), 0);
	errno = 0;
	CHECK_INT(sigsuspend(NULL), -1);
	CHECK_INT(errno, EFAULT);
}

int main(void)
{
	sets();
	handlers();
	masks();
	timers();
	alternate_stack();
	errors();
	return check_done();
}
