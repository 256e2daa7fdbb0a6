/* POSIX timers: one-shot and periodic expiries delivered as signals with
 * their value and SI_TIMER, reading a timer, SIGEV_NONE, the errors. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include "check.h"

static void ms(struct timespec *ts, long n)
{
	ts->tv_sec = n / 1000;
	ts->tv_nsec = n % 1000 * 1000000;
}

int main(void)
{
	struct sigevent sev;
	struct itimerspec it, old;
	siginfo_t info;
	sigset_t set;
	timer_t t;
	int cookie;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);

	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_ptr = &cookie;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
	memset(&it, 0, sizeof(it));
	ms(&it.it_value, 20);
	CHECK_INT(timer_settime(t, 0, &it, NULL), 0);
	CHECK_INT(timer_gettime(t, &old), 0);
	CHECK(old.it_value.tv_sec == 0 && old.it_value.tv_nsec > 0 &&
	      old.it_value.tv_nsec <= 20000000);
	CHECK_INT(sigwaitinfo(&set, &info), SIGUSR1);
	CHECK_INT(info.si_code, SI_TIMER);
	CHECK(info.si_value.sival_ptr == &cookie);
	CHECK_INT(timer_gettime(t, &old), 0);
	CHECK(old.it_value.tv_sec == 0 && old.it_value.tv_nsec == 0);

	/* periodic: three expiries, then disarmed, the old setting back */
	ms(&it.it_value, 10);
	ms(&it.it_interval, 10);
	CHECK_INT(timer_settime(t, 0, &it, NULL), 0);
	for (int i = 0; i < 3; i++)
		CHECK_INT(sigwaitinfo(&set, &info), SIGUSR1);
	CHECK(timer_getoverrun(t) >= 0);
	memset(&it, 0, sizeof(it));
	CHECK_INT(timer_settime(t, 0, &it, &old), 0);
	CHECK(old.it_interval.tv_sec == 0 && old.it_interval.tv_nsec == 10000000);
	CHECK_INT(timer_delete(t), 0);

	/* SIGEV_NONE: nothing is sent, the time still runs down */
	sev.sigev_notify = SIGEV_NONE;
	CHECK_INT(timer_create(CLOCK_REALTIME, &sev, &t), 0);
	it.it_value.tv_sec = 100;
	CHECK_INT(timer_settime(t, 0, &it, NULL), 0);
	CHECK_INT(timer_gettime(t, &old), 0);
	CHECK(old.it_value.tv_sec >= 98 && old.it_value.tv_sec <= 100);
	CHECK_INT(timer_delete(t), 0);

	errno = 0;
	CHECK_INT(timer_create(12345, &sev, &t), -1);
	CHECK_INT(errno, EINVAL);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = 1000;
	errno = 0;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &sev, &t), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(timer_create(CLOCK_MONOTONIC, NULL, &t), 0);
	it.it_value.tv_nsec = 1000000000;
	errno = 0;
	CHECK_INT(timer_settime(t, 0, &it, NULL), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(timer_delete(t), 0);
	return check_done();
}
