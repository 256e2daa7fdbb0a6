/*
 * mktime: local broken-down time, its fields in any range, to a time.
 *
 * The fields give local seconds L. Each offset o the zone uses is tried:
 * t = L - o is an answer when the zone's offset at t is o. A time that
 * exists twice (clocks go back) has two answers and one that never
 * existed (clocks go forward) none. As glibc:
 *  - tm_isdst < 0: the earlier answer; in a gap, the offset from before
 *    it (02:30 on a spring-forward day becomes 03:30 DST)
 *  - tm_isdst >= 0: the answer with that DST flag; failing that, the
 *    offset of the nearest time with that flag (DST asked for in winter
 *    moves the time an hour back), and in a zone without DST an hour
 *    ahead of standard time
 */
#include <errno.h>
#include "lib/time/time_impl.h"

#define PROBE_STEP	(30 * SECS_PER_DAY)
#define PROBES		18

/* The offset of the time nearest t whose DST flag is isdst, if any. */
static int nearest_with_flag(const struct zone *z, long long t, int isdst,
			     long *utoff)
{
	struct zone_info info;

	for (int i = 1; i <= PROBES; i++) {
		for (int side = -1; side <= 1; side += 2) {
			zone_at(z, t + side * i * PROBE_STEP, &info);
			if (info.isdst == isdst) {
				*utoff = info.utoff;
				return 1;
			}
		}
	}
	return 0;
}

/* Tries offset o; keeps the earliest answer, one matching isdst first. */
static void try_offset(const struct zone *z, long long local, long o,
		       int isdst, long long *best, int *best_match, int *found)
{
	struct zone_info info;
	long long t = local - o;
	int match;

	zone_at(z, t, &info);
	if (info.utoff != o)
		return;
	match = isdst < 0 || info.isdst == (isdst > 0);
	if (!*found || match > *best_match ||
	    (match == *best_match && t < *best)) {
		*best = t;
		*best_match = match;
		*found = 1;
	}
}

static long long local_to_time(const struct zone *z, long long local,
			       int isdst)
{
	struct zone_info info;
	long long best = 0;
	int best_match = 0, found = 0;
	long o;

	try_offset(z, local, z->posix.std_off, isdst, &best, &best_match,
		   &found);
	try_offset(z, local, z->posix.dst_off, isdst, &best, &best_match,
		   &found);
	for (int i = 0; i < z->typecnt; i++)
		try_offset(z, local, z->types[i].utoff, isdst, &best,
			   &best_match, &found);
	if (found && best_match)
		return best;
	if (found) {
		/* the other flag was asked for than the time has */
		if (nearest_with_flag(z, best, isdst > 0, &o))
			return local - o;
		zone_at(z, best, &info);
		return local - (isdst > 0 ? info.utoff + 3600
					  : info.utoff - 3600);
	}
	/* a gap: the offset in force before it, unless the flag says */
	zone_at(z, local - 14 * 3600 - 86400, &info);
	if (isdst >= 0 && info.isdst != (isdst > 0) &&
	    nearest_with_flag(z, local - info.utoff, isdst > 0, &o))
		return local - o;
	return local - info.utoff;
}

time_t mktime(struct tm *tm)
{
	const struct zone *z;
	struct tm out;
	long long t;

	tzset();
	z = local_zone();
	t = local_to_time(z, tm_to_secs(tm), tm->tm_isdst);
	if (!localtime_r(&t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	*tm = out;
	return t;
}

time_t timelocal(struct tm *tm)
{
	return mktime(tm);
}
