/* asctime and ctime: "Sun Sep 16 01:03:52 1973\n", "???" for a day or
 * month out of range, fields printed as they are, as glibc does. */
#include <errno.h>
#include <stdio.h>
#include "lib/time/time_impl.h"

/* NULL with EOVERFLOW when it does not fit in size bytes. */
static char *format(const struct tm *tm, char *buf, size_t size)
{
	static const char days[] = "SunMonTueWedThuFriSat";
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	const char *d = tm->tm_wday >= 0 && tm->tm_wday < 7 ?
				days + 3 * tm->tm_wday : "???";
	const char *m = tm->tm_mon >= 0 && tm->tm_mon < 12 ?
				months + 3 * tm->tm_mon : "???";

	int n = snprintf(buf, size, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld\n", d,
			 m, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
			 tm->tm_year + 1900LL);

	if (n < 0 || (size_t)n >= size) {
		errno = EOVERFLOW;
		return NULL;
	}
	return buf;
}

char *asctime_r(const struct tm *tm, char *buf)
{
	return format(tm, buf, 26);	/* the size POSIX gives buf */
}

char *asctime(const struct tm *tm)
{
	static char buf[64];

	return format(tm, buf, sizeof(buf));
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	return localtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

/* as asctime(localtime(t)): TZ is looked at again */
char *ctime(const time_t *t)
{
	struct tm tm;

	tzset();
	return localtime_r(t, &tm) ? asctime(&tm) : NULL;
}
