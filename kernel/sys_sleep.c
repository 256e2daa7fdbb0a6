/* Sleeping: sleep and usleep on nanosleep (pause: kernel/signal_alarm.c). */
#include <errno.h>
#include <time.h>
#include <unistd.h>

/* Returns the seconds left when a signal cut the sleep short, else 0. */
unsigned int sleep(unsigned int seconds)
{
	struct timespec t = { seconds, 0 }, left = { 0, 0 };
	int saved = errno;

	if (nanosleep(&t, &left) == 0)
		return 0;
	errno = saved;
	return (unsigned int)left.tv_sec + (left.tv_nsec >= 500000000);
}

int usleep(useconds_t usec)
{
	struct timespec t = { usec / 1000000, (long)(usec % 1000000) * 1000 };

	return nanosleep(&t, NULL);
}
