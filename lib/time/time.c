/* The current time, processor time and the difference of two times. */
#include <time.h>

time_t time(time_t *t)
{
	struct timespec ts;
	time_t now = clock_gettime(CLOCK_REALTIME, &ts) < 0 ? -1 : ts.tv_sec;

	if (t)
		*t = now;
	return now;
}

/* Microseconds of processor time, or (clock_t)-1. */
clock_t clock(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) < 0)
		return (clock_t)-1;
	return (clock_t)(ts.tv_sec * 1000000 + ts.tv_nsec / 1000);
}

double difftime(time_t end, time_t start)
{
	return (double)(end - start);
}

int timespec_get(struct timespec *ts, int base)
{
	if (base != TIME_UTC || clock_gettime(CLOCK_REALTIME, ts) < 0)
		return 0;
	return base;
}
