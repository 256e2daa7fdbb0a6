/*
 * POSIX TZ strings: "std offset [dst [offset] [,start[/time],end[/time]]]".
 * Names are three or more letters, or anything alphanumeric, '+' or '-'
 * between '<' and '>'. Offsets are hh[:mm[:ss]] west of Greenwich (so
 * "EST5" is UTC-5); the DST offset defaults to an hour ahead of standard
 * time and the rules to the US ones, M3.2.0,M11.1.0, as glibc's do.
 * Rules are Jn (1..365, Feb 29 never counted), n (0..365) or Mm.w.d (day d
 * of week w, 5 = last, of month m) at a local time, 02:00 unless given,
 * which may be negative or past 24 hours.
 */
#include <stddef.h>
#include "lib/time/time_impl.h"

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static const char *parse_name(const char *s, const char **name)
{
	const char *start;

	if (*s == '<') {
		start = ++s;
		while (is_alpha(*s) || is_digit(*s) || *s == '+' || *s == '-')
			s++;
		if (*s != '>' || s - start < 3)
			return NULL;
		*name = tz_intern(start, s - start);
		return s + 1;
	}
	start = s;
	while (is_alpha(*s))
		s++;
	if (s - start < 3)
		return NULL;
	*name = tz_intern(start, s - start);
	return s;
}

static const char *parse_number(const char *s, long *n, long max)
{
	long v = 0;

	if (!is_digit(*s))
		return NULL;
	while (is_digit(*s)) {
		v = v * 10 + (*s++ - '0');
		if (v > max)
			return NULL;
	}
	*n = v;
	return s;
}

/* [+-]hh[:mm[:ss]] in seconds; hours up to max_hours */
static const char *parse_hms(const char *s, long *secs, long max_hours)
{
	long sign = 1, h, m = 0, sec = 0;

	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	s = parse_number(s, &h, max_hours);
	if (s && *s == ':') {
		s = parse_number(s + 1, &m, 59);
		if (s && *s == ':')
			s = parse_number(s + 1, &sec, 59);
	}
	if (s)
		*secs = sign * (h * 3600 + m * 60 + sec);
	return s;
}

static const char *parse_rule(const char *s, struct tz_rule *r)
{
	long a, b, c;

	if (*s == 'J') {
		r->kind = 'J';
		s = parse_number(s + 1, &a, 365);
		if (!s || a < 1)
			return NULL;
		r->day = (int)a;
	} else if (*s == 'M') {
		r->kind = 'M';
		s = parse_number(s + 1, &a, 12);
		if (!s || a < 1 || *s != '.')
			return NULL;
		s = parse_number(s + 1, &b, 5);
		if (!s || b < 1 || *s != '.')
			return NULL;
		s = parse_number(s + 1, &c, 6);
		if (!s)
			return NULL;
		r->mon = (int)a;
		r->week = (int)b;
		r->day = (int)c;
	} else {
		r->kind = 'D';
		s = parse_number(s, &a, 365);
		if (!s)
			return NULL;
		r->day = (int)a;
	}
	r->time = 2 * 3600;
	if (*s == '/')
		s = parse_hms(s + 1, &r->time, 167);
	return s;
}

/* The string's end, or NULL when it is not a zone; std_name is set as soon
 * as the name parses (glibc keeps it, at offset 0, for "foo"). */
const char *parse_posix_zone(const char *s, struct posix_zone *pz)
{
	long off;

	pz->std_name = pz->dst_name = NULL;
	pz->has_dst = 0;
	s = parse_name(s, &pz->std_name);
	if (!s || !(s = parse_hms(s, &off, 24)))
		return NULL;
	pz->std_off = pz->dst_off = -off;
	pz->dst_name = pz->std_name;
	if (!*s)
		return s;
	if (!(s = parse_name(s, &pz->dst_name)))
		return NULL;
	pz->has_dst = 1;
	pz->dst_off = pz->std_off + 3600;
	if (*s && *s != ',') {
		if (!(s = parse_hms(s, &off, 24)))
			return NULL;
		pz->dst_off = -off;
	}
	if (!*s) {
		pz->start = (struct tz_rule){ 'M', 0, 2, 3, 2 * 3600 };
		pz->end = (struct tz_rule){ 'M', 0, 1, 11, 2 * 3600 };
		return s;
	}
	if (*s != ',' || !(s = parse_rule(s + 1, &pz->start)) || *s != ',' ||
	    !(s = parse_rule(s + 1, &pz->end)))
		return NULL;
	return *s ? NULL : s;
}

/*
 * The time at which the rule fires in the year, computed as glibc does,
 * bugs and all, so that times agree: the year is the UTC year of the
 * time asked about, the days count from January 1 of that year, but from
 * 1970-01-01 for any year up to 1970 (so that before 1970 the change
 * falls in 1970), and the weekday comes from Zeller's congruence.
 */
static long long rule_change(long long year, const struct tz_rule *r,
			     long offset)
{
	long long day = year > 1970 ? days_from_civil(year, 0, 1) : 0;

	if (r->kind == 'J') {
		day += r->day - 1;
		if (is_leap(year) && r->day >= 60)
			day++;
	} else if (r->kind == 'D') {
		day += r->day;
	} else {
		int m1 = (r->mon + 9) % 12 + 1;
		long long yy0 = r->mon <= 2 ? year - 1 : year;
		long long yy1 = yy0 / 100, yy2 = yy0 % 100;
		int dow = (int)(((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 +
				 yy1 / 4 - 2 * yy1) % 7);
		int len = days_in_month(year, r->mon - 1), d;

		if (dow < 0)
			dow += 7;
		for (int mon = 0; mon < r->mon - 1; mon++)
			day += days_in_month(year, mon);
		d = r->day - dow;
		if (d < 0)
			d += 7;
		for (int i = 1; i < r->week && d + 7 < len; i++)
			d += 7;
		day += d;
	}
	return day * SECS_PER_DAY + r->time - offset;
}

void posix_zone_at(const struct posix_zone *pz, long long t,
		   struct zone_info *info)
{
	int dst = 0;

	/* DST rules hold in years a tm can hold; beyond, standard time */
	if (pz->has_dst && t > -(1LL << 60) && t < 1LL << 60) {
		struct tm tm;
		long long year, start, end;

		if (secs_to_tm(t, &tm) < 0)
			tm.tm_year = 70;
		year = tm.tm_year + 1900LL;
		start = rule_change(year, &pz->start, pz->std_off);
		end = rule_change(year, &pz->end, pz->dst_off);
		if (start > end)
			dst = t < end || t >= start;
		else
			dst = t >= start && t < end;
	}
	info->utoff = dst ? pz->dst_off : pz->std_off;
	info->isdst = dst;
	info->abbr = dst ? pz->dst_name : pz->std_name;
}
