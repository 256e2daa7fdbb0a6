/*
 * What lib/time/ shares; not a public header.
 *
 * Times are seconds since the epoch (long long); "local seconds" are the
 * same count on the local wall clock (UTC seconds plus the offset). The
 * calendar is the proleptic Gregorian one, in days since 1970-01-01.
 *
 * The local zone is one struct zone, loaded by tzset() from TZ:
 *  - unset: the TZif file /etc/localtime, or UTC when there is none
 *  - "" : UTC
 *  - [:]Area/City or [:]/path: a TZif file (v1, or v2+ with its 64-bit
 *    table and the footer's POSIX string for times past the table)
 *  - otherwise a POSIX string, "std offset [dst [offset] [,start,end]]"
 * zone_at() says which offset, DST flag and abbreviation hold at a time.
 */
#ifndef LIB_TIME_IMPL_H
#define LIB_TIME_IMPL_H

#include <time.h>

#define SECS_PER_DAY	86400LL

/* lib/time/civil.c */
long long days_from_civil(long long year, int mon, int mday);
int is_leap(long long year);
int days_in_month(long long year, int mon);
/* seconds (UTC or local) -> broken-down fields; -1 with EOVERFLOW when
 * the year does not fit tm_year */
int secs_to_tm(long long secs, struct tm *tm);
/* broken-down fields, out of range or not -> seconds; no zone */
long long tm_to_secs(const struct tm *tm);

/* One rule of a POSIX TZ string: when DST starts or ends, in local time. */
struct tz_rule {
	char kind;		/* 'J' (1..365, no Feb 29), 'D' (0..365), 'M' */
	int day, week, mon;	/* Jn/n: day; Mm.w.d: mon, week, day */
	long time;		/* seconds after local midnight */
};

struct posix_zone {
	const char *std_name, *dst_name;	/* interned */
	long std_off, dst_off;			/* seconds east of UTC */
	int has_dst;
	struct tz_rule start, end;
};

struct tz_type {
	long utoff;
	int isdst;
	const char *abbr;	/* interned */
};

struct zone {
	struct posix_zone posix;	/* the TZ string, or the footer */
	int has_posix;			/* a table with a footer, or a string */
	int timecnt, typecnt;		/* 0, 0: the POSIX zone alone */
	long long *trans;		/* timecnt times, ascending */
	unsigned char *trans_type;	/* the type from each on */
	struct tz_type *types;
};

struct zone_info {
	long utoff;
	int isdst;
	const char *abbr;
};

/* lib/time/tzset.c: the zone tzset() loaded (tzset called first). */
const struct zone *local_zone(void);
void zone_at(const struct zone *z, long long t, struct zone_info *info);
/* Sets tzname, timezone and daylight as glibc does after a conversion. */
void zone_note(const struct zone *z, long long t, const struct zone_info *info);

/* lib/time/tz_posix.c */
const char *parse_posix_zone(const char *s, struct posix_zone *pz);
void posix_zone_at(const struct posix_zone *pz, long long t,
		   struct zone_info *info);

/* lib/time/tz_file.c: 0, or -1 when the file is missing or malformed. */
int load_tzif(const char *path, struct zone *z);

/* lib/time/tz_intern.c: a copy of s[0..n) that lives forever. */
const char *tz_intern(const char *s, size_t n);

#endif
