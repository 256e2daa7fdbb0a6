/* Broken-down UTC, and back (timegm). */
#include "lib/time/time_impl.h"

struct tm *gmtime_r(const time_t *t, struct tm *tm)
{
	if (secs_to_tm(*t, tm) < 0)
		return NULL;
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}

/* Normalises the fields as mktime does, in UTC. Weak: programs often
 * carry their own timegm. */
__attribute__((weak))
time_t timegm(struct tm *tm)
{
	time_t t = tm_to_secs(tm);
	struct tm out;

	if (!gmtime_r(&t, &out))
		return -1;
	*tm = out;
	return t;
}
