/*
 * mktime: local broken-down time, its fields in any range, to a time.
 *
 * The fields give local seconds L. Each offset o the zone uses is tried:
 * t = L - o is an answer when the zone's offset at t is o. A time that
 * exists twice (clocks go back) has two answers and one that never
 * existed (clocks go forward) none. As glibc:
 *  - tm_isdst < 0: of two answers, the one glibc's search finds first
 *    from the previous call's offset; in a gap, the offset from before
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

#define MAX_ANSWERS	4

struct answers {
	long long t[MAX_ANSWERS];
	int isdst[MAX_ANSWERS];
	int n;
};

/* t = local - o is an answer when the zone's offset at t is o. */
static void try_offset(const struct zone *z, long long local, long o,
		       struct answers *a)
{
	struct zone_info info;
	long long t = local - o;

	zone_at(z, t, &info);
	if (info.utoff != o || a->n == MAX_ANSWERS)
		return;
	for (int i = 0; i < a->n; i++)
		if (a->t[i] == t)
			return;
	a->t[a->n] = t;
	a->isdst[a->n++] = info.isdst;
}

/*
 * Of two answers glibc takes the one its search reaches first: it starts
 * from the offset of the previous call's answer (guess) and steps once
 * by the offset it finds there.
 */
static long long choose(const struct zone *z, long long local, long guess,
			const struct answers *a, int isdst)
{
	struct zone_info info;
	long long found = 0, stepped;
	int any = 0;

	zone_at(z, local + guess, &info);
	stepped = local - info.utoff;
	for (int i = 0; i < a->n; i++) {
		if (isdst >= 0 && a->isdst[i] != (isdst > 0))
			continue;
		if (a->t[i] == local + guess)
			return a->t[i];
		if (!any || a->t[i] == stepped ||
		    (found != stepped && a->t[i] < found))
			found = a->t[i];
		any = 1;
	}
	return found;
}

static long long local_to_time(const struct zone *z, long long local,
			       int isdst, long guess)
{
	struct zone_info info;
	struct answers a = { .n = 0 };
	int matching = 0;
	long o;

	try_offset(z, local, z->posix.std_off, &a);
	try_offset(z, local, z->posix.dst_off, &a);
	for (int i = 0; i < z->typecnt; i++)
		try_offset(z, local, z->types[i].utoff, &a);
	for (int i = 0; i < a.n; i++)
		matching += isdst < 0 || a.isdst[i] == (isdst > 0);
	if (matching)
		return choose(z, local, guess, &a, isdst);
	if (a.n) {
		/* the other flag was asked for than the time has */
		if (nearest_with_flag(z, a.t[0], isdst > 0, &o))
			return local - o;
		zone_at(z, a.t[0], &info);
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
	static long guess;	/* answer - local of the last call, as glibc */
	struct tm out;
	long long t, local;

	tzset();
	z = local_zone();
	local = tm_to_secs(tm);
	t = local_to_time(z, local, tm->tm_isdst, guess);
	guess = (long)(t - local);
	if (!localtime_r(&t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	*tm = out;
	return t;
}

__attribute__((weak))
time_t timelocal(struct tm *tm)
{
	return mktime(tm);
}
