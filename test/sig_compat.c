/* The old BSD and System V signal calls, and a program's own timegm
 * beside the library's gmtime (the extensions are weak). */
#include <errno.h>
#include <signal.h>
#include <time.h>
#include "check.h"

time_t timegm(struct tm *tm)
{
	(void)tm;
	return 4242;
}

int main(void)
{
	sigset_t now;
	struct sigaction sa;
	struct tm tm, *p;
	time_t t = 86400;

	CHECK_INT(sigmask(SIGINT), 2);
	CHECK_INT(sigmask(SIGUSR1), 512);
	CHECK_INT(sigsetmask(0), 0);
	CHECK_INT(sigblock(sigmask(SIGUSR1) | sigmask(SIGTERM)), 0);
	CHECK_INT(siggetmask(), sigmask(SIGUSR1) | sigmask(SIGTERM));
	sigprocmask(SIG_BLOCK, NULL, &now);
	CHECK_INT(sigismember(&now, SIGUSR1), 1);
	CHECK_INT(sigsetmask(sigmask(SIGHUP)), sigmask(SIGUSR1) | sigmask(SIGTERM));
	CHECK_INT(siggetmask(), sigmask(SIGHUP));
	CHECK_INT(sigsetmask(0), sigmask(SIGHUP));

	CHECK_INT(sighold(SIGUSR2), 0);
	sigprocmask(SIG_BLOCK, NULL, &now);
	CHECK_INT(sigismember(&now, SIGUSR2), 1);
	CHECK_INT(sigrelse(SIGUSR2), 0);
	sigprocmask(SIG_BLOCK, NULL, &now);
	CHECK_INT(sigismember(&now, SIGUSR2), 0);
	errno = 0;
	CHECK_INT(sighold(0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(sigignore(SIGUSR2), 0);
	sigaction(SIGUSR2, NULL, &sa);
	CHECK(sa.sa_handler == SIG_IGN);
	CHECK_INT(raise(SIGUSR2), 0);
	CHECK_INT(sigignore(SIGKILL), -1);

	p = gmtime_r(&t, &tm);
	CHECK(p == &tm);
	CHECK_INT(tm.tm_mday, 2);
	CHECK_INT(timegm(&tm), 4242);
	return check_done();
}
