/*
 * Tests for system(): the shell's status, the environment it sees, and
 * the signals around it: SIGINT and SIGQUIT ignored in the caller while
 * the command runs (and the caller's handlers back afterwards), SIGCHLD
 * blocked meanwhile and the mask as it was afterwards, the child with
 * the caller's own dispositions. Needs /bin/sh.
 */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include "check.h"

static volatile sig_atomic_t got_int;

static void on_int(int sig)
{
	got_int = sig;
}

int main(void)
{
	sigset_t before, after;
	int st;

	CHECK(system(NULL) != 0);
	st = system("exit 3");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3);
	CHECK_INT(system("true"), 0);
	st = system("exec /nonexistent/program 2>/dev/null");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 127);

	setenv("STDC_SYSTEM", "seen", 1);
	CHECK_INT(system("test \"$STDC_SYSTEM\" = seen"), 0);

	/* The child starts with SIGINT's default action again... */
	st = system("kill -TERM $$");
	CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);

	/* ...while the caller ignores it: it survives its own SIGINT. */
	signal(SIGINT, on_int);
	sigprocmask(SIG_SETMASK, NULL, &before);
	st = system("kill -INT $PPID; kill -QUIT $PPID; exit 4");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 4);
	CHECK_INT(got_int, 0);
	sigprocmask(SIG_SETMASK, NULL, &after);
	CHECK(sigismember(&after, SIGCHLD) == sigismember(&before, SIGCHLD));
	CHECK(!sigismember(&after, SIGCHLD));
	raise(SIGINT);			/* the handler is back */
	CHECK_INT(got_int, SIGINT);
	signal(SIGINT, SIG_DFL);
	return check_done();
}
