/* Broken-down local time: the zone's offset at the time, then the
 * calendar. */
#include <errno.h>
#include <limits.h>
#include "lib/time/time_impl.h"

struct tm *localtime_r(const time_t *t, struct tm *tm)
{
	const struct zone *z = local_zone();
	struct zone_info info;

	zone_at(z, *t, &info);
	if ((info.utoff > 0 && *t > LLONG_MAX - info.utoff) ||
	    (info.utoff < 0 && *t < LLONG_MIN - info.utoff)) {
		errno = EOVERFLOW;
		return NULL;
	}
	if (secs_to_tm(*t + info.utoff, tm) < 0)
		return NULL;
	tm->tm_isdst = info.isdst;
	tm->tm_gmtoff = info.utoff;
	tm->tm_zone = info.abbr;
	zone_note(z, *t, &info);
	return tm;
}

struct tm *localtime(const time_t *t)
{
	static struct tm tm;

	tzset();
	return localtime_r(t, &tm);
}
