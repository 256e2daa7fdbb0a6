/*
 * Time: the calendar (gmtime, timegm), local time under POSIX TZ strings
 * (tzset, tzname, timezone, daylight, localtime, mktime and its DST
 * choices), strftime's conversions and flags, asctime and ctime, clocks
 * and sleeping. Every answer is glibc's.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "check.h"

#define EST "EST5EDT,M3.2.0,M11.1.0"

static char buf[256];

static const char *local(const char *tz, long long t)
{
	time_t tt = t;
	struct tm tm;

	setenv("TZ", tz, 1);
	tzset();
	if (!localtime_r(&tt, &tm))
		return "NULL";
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S %Z %z", &tm);
	snprintf(buf + strlen(buf), 40, " %d %ld %s", tm.tm_isdst,
		 tm.tm_gmtoff, tm.tm_zone);
	return buf;
}

static const char *names(void)
{
	snprintf(buf, sizeof(buf), "%s/%s %ld %d", tzname[0], tzname[1],
		 timezone, daylight);
	return buf;
}

/* mktime of a local date; the result and the normalised fields */
static const char *mk(const char *tz, int y, int mo, int d, int h, int mi,
		      int isdst)
{
	struct tm tm;
	time_t t;

	memset(&tm, 0, sizeof(tm));
	setenv("TZ", tz, 1);
	tzset();
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_isdst = isdst;
	t = mktime(&tm);
	snprintf(buf, sizeof(buf), "%lld %04d-%02d-%02d %02d:%02d:%02d %d %d %d %ld",
		 (long long)t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
		 tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday,
		 tm.tm_isdst, tm.tm_gmtoff);
	return buf;
}

static void calendar(void)
{
	time_t t = 0;
	struct tm tm, *p;

	p = gmtime_r(&t, &tm);
	CHECK(p == &tm);
	CHECK_INT(tm.tm_year, 70);
	CHECK_INT(tm.tm_wday, 4);
	CHECK_STR(tm.tm_zone, "GMT");
	t = -1;
	gmtime_r(&t, &tm);
	CHECK_INT(tm.tm_year, 69);
	CHECK_INT(tm.tm_mon, 11);
	CHECK_INT(tm.tm_mday, 31);
	CHECK_INT(tm.tm_hour, 23);
	CHECK_INT(tm.tm_sec, 59);
	CHECK_INT(tm.tm_wday, 3);
	CHECK_INT(tm.tm_yday, 364);
	t = 951782400;		/* 2000-02-29 */
	p = gmtime(&t);
	CHECK_INT(p->tm_mon, 1);
	CHECK_INT(p->tm_mday, 29);
	CHECK_INT(p->tm_yday, 59);
	CHECK_INT(p->tm_wday, 2);
	t = -2208988800LL;	/* 1900-01-01, a Monday */
	gmtime_r(&t, &tm);
	CHECK_INT(tm.tm_year, 0);
	CHECK_INT(tm.tm_wday, 1);
	t = 253402300799LL;	/* 9999-12-31 23:59:59 */
	gmtime_r(&t, &tm);
	CHECK_INT(tm.tm_year, 8099);
	CHECK_INT(tm.tm_yday, 364);
	t = -62135596800LL;	/* 0001-01-01 */
	gmtime_r(&t, &tm);
	CHECK_INT(tm.tm_year, -1899);
	CHECK_INT(tm.tm_wday, 1);
	t = 4102444800LL;	/* 2100-01-01: not a leap year */
	t += 59 * 86400;
	gmtime_r(&t, &tm);
	CHECK_INT(tm.tm_mon, 2);
	CHECK_INT(tm.tm_mday, 1);
	t = LLONG_MAX;
	errno = 0;
	CHECK(gmtime_r(&t, &tm) == NULL);
	CHECK_INT(errno, EOVERFLOW);
	t = 67768036191676800LL;	/* tm_year INT_MAX + 1: too far */
	CHECK(gmtime(&t) == NULL);
	t = 67768036191676799LL;	/* the last second that fits */
	CHECK(gmtime_r(&t, &tm) != NULL);
	CHECK_INT(tm.tm_year, INT_MAX);

	/* timegm normalises */
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 123;
	tm.tm_mon = 14;
	tm.tm_mday = -3;
	tm.tm_hour = 50;
	tm.tm_min = -70;
	tm.tm_sec = 3600;
	CHECK_INT(timegm(&tm), 1709085000);
	CHECK_INT(tm.tm_mon, 1);
	CHECK_INT(tm.tm_mday, 28);
	CHECK_INT(tm.tm_hour, 1);
	CHECK_INT(tm.tm_min, 50);
	CHECK_INT(tm.tm_wday, 3);
	CHECK_INT(tm.tm_yday, 58);
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 70;
	tm.tm_mday = 1;
	tm.tm_sec = -1;
	CHECK_INT(timegm(&tm), -1);
	CHECK_INT(tm.tm_year, 69);
	CHECK(difftime(10, 4) == 6.0);
	CHECK(difftime(0, 1) == -1.0);
}

static void zones(void)
{
	CHECK_STR(local(EST, 1700000000), "2023-11-14 17:13:20 EST -0500 0 -18000 EST");
	CHECK_STR(names(), "EST/EDT 18000 1");
	CHECK_STR(local(EST, 1690000000), "2023-07-22 00:26:40 EDT -0400 1 -14400 EDT");
	CHECK_STR(local("", 1690000000), "2023-07-22 04:26:40 UTC +0000 0 0 UTC");
	CHECK_STR(names(), "UTC/UTC 0 0");
	CHECK_STR(local("foo", 1690000000), "2023-07-22 04:26:40 foo +0000 0 0 foo");
	CHECK_STR(names(), "foo/ 0 0");
	CHECK_STR(local("UTC0", 1690000000), "2023-07-22 04:26:40 UTC +0000 0 0 UTC");
	CHECK_STR(local("JST-9", 1690000000), "2023-07-22 13:26:40 JST +0900 0 32400 JST");
	CHECK_STR(names(), "JST/JST -32400 0");
	CHECK_STR(local("<+0530>-5:30", 1690000000), "2023-07-22 09:56:40 +0530 +0530 0 19800 +0530");
	CHECK_STR(local("CET-1CEST,M3.5.0,M10.5.0/3", 1690000000), "2023-07-22 06:26:40 CEST +0200 1 7200 CEST");
	CHECK_STR(names(), "CET/CEST -3600 1");
	CHECK_STR(local("CET-1CEST,M3.5.0,M10.5.0/3", 1700000000), "2023-11-14 23:13:20 CET +0100 0 3600 CET");
	/* the southern hemisphere: DST across the new year */
	CHECK_STR(local("NZST-12NZDT,M9.5.0,M4.1.0/3", 1690000000), "2023-07-22 16:26:40 NZST +1200 0 43200 NZST");
	CHECK_STR(local("NZST-12NZDT,M9.5.0,M4.1.0/3", 1700000000), "2023-11-15 11:13:20 NZDT +1300 1 46800 NZDT");
	CHECK_STR(local("NZST-12NZDT,M9.5.0,M4.1.0/3", 1672531200), "2023-01-01 13:00:00 NZDT +1300 1 46800 NZDT");
	/* Jn and n rules, odd times; default rules */
	CHECK_STR(local("XXX3YYY,J60/1,300/-1", 1690000000), "2023-07-22 02:26:40 YYY -0200 1 -7200 YYY");
	CHECK_STR(local("XXX3", 1690000000), "2023-07-22 01:26:40 XXX -0300 0 -10800 XXX");
	CHECK_STR(local("XXX3YYY", 1690000000), "2023-07-22 02:26:40 YYY -0200 1 -7200 YYY");
	CHECK_STR(local("EST5EDT4,M3.2.0/-1,M11.1.0/26", 1699167600), "2023-11-05 03:00:00 EDT -0400 1 -14400 EDT");
	/* around the transitions */
	CHECK_STR(local(EST, 1678604399), "2023-03-12 01:59:59 EST -0500 0 -18000 EST");
	CHECK_STR(local(EST, 1678604400), "2023-03-12 03:00:00 EDT -0400 1 -14400 EDT");
	CHECK_STR(local(EST, 1699163999), "2023-11-05 01:59:59 EDT -0400 1 -14400 EDT");
	CHECK_STR(local(EST, 1699164000), "2023-11-05 01:00:00 EST -0500 0 -18000 EST");
	/* localtime follows a change of TZ */
	setenv("TZ", "JST-9", 1);
	time_t t = 0;
	CHECK_INT(localtime(&t)->tm_hour, 9);
	setenv("TZ", "XXX3", 1);
	CHECK_INT(localtime(&t)->tm_hour, 21);
	unsetenv("TZ");
}

static void making(void)
{
	/* the gap: 02:30 does not exist */
	CHECK_STR(mk(EST, 2023, 3, 12, 2, 30, -1), "1678606200 2023-03-12 03:30:00 0 70 1 -14400");
	CHECK_STR(mk(EST, 2023, 3, 12, 2, 30, 0), "1678606200 2023-03-12 03:30:00 0 70 1 -14400");
	CHECK_STR(mk(EST, 2023, 3, 12, 2, 30, 1), "1678602600 2023-03-12 01:30:00 0 70 0 -18000");
	/* twice: 01:30 on the way back */
	CHECK_STR(mk(EST, 2023, 11, 5, 1, 30, -1), "1699162200 2023-11-05 01:30:00 0 308 1 -14400");
	CHECK_STR(mk(EST, 2023, 11, 5, 1, 30, 0), "1699165800 2023-11-05 01:30:00 0 308 0 -18000");
	CHECK_STR(mk(EST, 2023, 11, 5, 1, 30, 1), "1699162200 2023-11-05 01:30:00 0 308 1 -14400");
	/* a flag that does not match the season */
	CHECK_STR(mk(EST, 2023, 1, 15, 12, 0, 1), "1673798400 2023-01-15 11:00:00 0 14 0 -18000");
	CHECK_STR(mk(EST, 2023, 7, 15, 12, 0, 0), "1689440400 2023-07-15 13:00:00 6 195 1 -14400");
	/* out-of-range fields */
	CHECK_STR(mk(EST, 2023, 14, -3, 50, -70, -1), "1706593800 2024-01-30 00:50:00 2 29 0 -18000");
	CHECK_STR(mk("UTC0", 1969, 12, 31, 23, 59, 0), "-60 1969-12-31 23:59:00 3 364 0 0");
	CHECK_STR(mk("UTC0", 1900, 1, 1, 0, 0, 0), "-2208988800 1900-01-01 00:00:00 1 0 0 0");
	CHECK_STR(mk("UTC0", 2038, 1, 19, 3, 14, 8), "2147480040 2038-01-19 02:14:00 2 18 0 0");
	CHECK_STR(mk("JST-9", 2038, 1, 19, 12, 14, 0), "2147483640 2038-01-19 12:14:00 2 18 0 32400");
	CHECK_STR(mk("NZST-12NZDT,M9.5.0,M4.1.0/3", 2024, 1, 1, 0, 0, -1), "1704020400 2024-01-01 00:00:00 1 0 1 46800");
	unsetenv("TZ");
}

static const char *ftime(const char *fmt, const struct tm *tm)
{
	size_t n = strftime(buf, sizeof(buf), fmt, tm);

	if (n != strlen(buf))
		return "length differs";
	return buf;
}

static void formatting(void)
{
	time_t t = 1690000000;
	struct tm tm, x;

	setenv("TZ", EST, 1);
	tzset();
	localtime_r(&t, &tm);
	CHECK_STR(ftime("%a %A %b %B %h", &tm), "Sat Saturday Jul July Jul");
	CHECK_STR(ftime("%c", &tm), "Sat Jul 22 00:26:40 2023");
	CHECK_STR(ftime("%C %d %D %e %F", &tm), "20 22 07/22/23 22 2023-07-22");
	CHECK_STR(ftime("%g %G %H %I %j %k %l", &tm), "23 2023 00 12 203  0 12");
	CHECK_STR(ftime("%m %M %n %p %P %r %R", &tm), "07 26 \n AM am 12:26:40 AM 00:26");
	CHECK_STR(ftime("%s %S %t %T %u %U %V %w %W", &tm), "1690000000 40 \t 00:26:40 6 29 29 6 29");
	CHECK_STR(ftime("%x %X %y %Y %z %Z %%", &tm), "07/22/23 00:26:40 23 2023 -0400 EDT %");
	CHECK_STR(ftime("%Q %5 %", &tm), "%Q   %5 %");
	CHECK_STR(ftime("%10A|%-10A|%_5d|%-d|%05e|%^a|%#a|%#Z|%^B|%#p|%10Y|%_10Y|%-j|%3d|%Ey|%OH|%EC|%Ex", &tm),
		  "  Saturday|  Saturday|   22|22|00022|SAT|SAT|edt|JULY|am|0000002023|      2023|203|022|23|00|20|07/22/23");
	CHECK_STR(ftime("%-H:%_M:%0e %-y %_y %4y %^p %#P %^Z %8Z %3C", &tm),
		  "0:26:22 23 23 0023 AM am EDT      EDT 020");
	memset(&x, 0, sizeof(x));
	x.tm_hour = 7;
	x.tm_mday = 3;
	x.tm_yday = 4;
	CHECK_STR(ftime("%-5d|%-5H|%_5H|%_-H|%-_H|%5k|%-k|%0k|%03k|%-3j|%_3j", &x),
		  "    3|    7|    7|7| 7|    7|7|07|007|  5|  5");
	x.tm_year = 999 - 1900;
	x.tm_isdst = -1;
	x.tm_wday = 2;
	CHECK_STR(ftime("%F %Y %C %y %G %g %V %z|%Z", &x), "999-01-03 999 9 99 999 99 01 |");
	x.tm_year = -101 - 1900;
	CHECK_STR(ftime("%C|%y|%Y|%3C|%5Y", &x), "-2|99|-101|-02|-0101");
	x.tm_year = 5 - 1900;
	CHECK_STR(ftime("%C|%y|%Y|%5Y", &x), "0|05|5|00005");
	x.tm_wday = 9;
	x.tm_mon = 13;
	CHECK_STR(ftime("%a %A %b %B", &x), "? ? ? ?");
	x.tm_hour = 12;
	CHECK_STR(ftime("%I %l %p", &x), "12 12 PM");
	x.tm_hour = 23;
	CHECK_STR(ftime("%I %l %p", &x), "11 11 PM");
	/* ISO 8601 weeks at the turns of the years */
	static const struct { int y, m, d; const char *want; } iso[] = {
		{ 2020, 12, 31, "2020-12-31 Thu 2020 20 53 52 52" },
		{ 2021, 1, 1, "2021-01-01 Fri 2020 20 53 00 00" },
		{ 2021, 12, 31, "2021-12-31 Fri 2021 21 52 52 52" },
		{ 2022, 1, 1, "2022-01-01 Sat 2021 21 52 00 00" },
		{ 2023, 1, 1, "2023-01-01 Sun 2022 22 52 01 00" },
		{ 2026, 1, 1, "2026-01-01 Thu 2026 26 01 00 00" },
		{ 2024, 12, 30, "2024-12-30 Mon 2025 25 01 52 53" },
	};
	for (unsigned i = 0; i < sizeof(iso) / sizeof(iso[0]); i++) {
		memset(&x, 0, sizeof(x));
		x.tm_year = iso[i].y - 1900;
		x.tm_mon = iso[i].m - 1;
		x.tm_mday = iso[i].d;
		x.tm_hour = 12;
		timegm(&x);
		CHECK_STR(ftime("%Y-%m-%d %a %G %g %V %U %W", &x), iso[i].want);
	}
	char small[5];
	CHECK_INT(strftime(small, 5, "%Y%m", &tm), 0);
	CHECK_INT(strftime(small, 5, "%Y", &tm), 4);
	CHECK_STR(small, "2023");
	CHECK_INT(strftime(small, 5, "", &tm), 0);

	CHECK_STR(asctime(&tm), "Sat Jul 22 00:26:40 2023\n");
	CHECK_STR(ctime(&t), "Sat Jul 22 00:26:40 2023\n");
	char ab[26];
	CHECK_STR(asctime_r(&tm, ab), "Sat Jul 22 00:26:40 2023\n");
	CHECK_STR(ctime_r(&t, ab), "Sat Jul 22 00:26:40 2023\n");
	x = tm;
	x.tm_year = 20000;
	CHECK_STR(asctime(&x), "Sat Jul 22 00:26:40 21900\n");
	x.tm_year = -1901;
	CHECK_STR(asctime(&x), "Sat Jul 22 00:26:40 -1\n");
	x = tm;
	x.tm_mday = 100;
	x.tm_wday = 8;
	CHECK_STR(asctime(&x), "??? Jul100 00:26:40 2023\n");
	unsetenv("TZ");
}

static void clocks(void)
{
	struct timespec a, b, res, req, rem;
	time_t now;

	CHECK_INT(clock_gettime(CLOCK_REALTIME, &a), 0);
	now = time(NULL);
	CHECK(now >= a.tv_sec && now <= a.tv_sec + 2);
	CHECK(a.tv_sec > 1600000000);
	CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	time_t t2;
	CHECK(time(&t2) == t2);
	CHECK_INT(clock_getres(CLOCK_MONOTONIC, &res), 0);
	CHECK(res.tv_sec == 0 && res.tv_nsec > 0);
	CHECK_INT(clock_getres(CLOCK_REALTIME, NULL), 0);
	errno = 0;
	CHECK_INT(clock_gettime(12345, &a), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(CLOCKS_PER_SEC, 1000000);
	clock_t c0 = clock();
	CHECK(c0 >= 0);
	volatile unsigned long spin = 0;
	while (clock() - c0 < 20000)	/* 20 ms of processor time */
		spin++;
	CHECK(clock() >= c0 + 20000);

	clock_gettime(CLOCK_MONOTONIC, &a);
	req.tv_sec = 0;
	req.tv_nsec = 50 * 1000000;
	CHECK_INT(nanosleep(&req, &rem), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long long ns = (b.tv_sec - a.tv_sec) * 1000000000LL + b.tv_nsec - a.tv_nsec;
	CHECK(ns >= 50 * 1000000);
	req.tv_nsec = 1000000000;
	errno = 0;
	CHECK_INT(nanosleep(&req, NULL), -1);
	CHECK_INT(errno, EINVAL);
	req.tv_nsec = -1;
	CHECK_INT(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), EINVAL);
	/* an absolute time already past returns at once */
	clock_gettime(CLOCK_MONOTONIC, &a);
	CHECK_INT(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, NULL), 0);
	a.tv_nsec += 10 * 1000000;
	if (a.tv_nsec >= 1000000000) {
		a.tv_sec++;
		a.tv_nsec -= 1000000000;
	}
	CHECK_INT(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, NULL), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	CHECK(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
	CHECK_INT(timespec_get(&a, TIME_UTC), TIME_UTC);
	CHECK_INT(timespec_get(&a, 0), 0);
}

int main(void)
{
	calendar();
	zones();
	making();
	formatting();
	clocks();
	return check_done();
}
