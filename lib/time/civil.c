/*
 * The proleptic Gregorian calendar: days since 1970-01-01 from a date and
 * back. A 400-year era has 146097 days; counting years from March puts
 * the leap day last, so a day of the year gives its month by a line.
 */
#include <errno.h>
#include <limits.h>
#include "lib/time/time_impl.h"

static long long floor_div(long long a, long long b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

int is_leap(long long year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int days_in_month(long long year, int mon)
{
	static const unsigned char days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return days[mon] + (mon == 1 && is_leap(year));
}

/* mon 0..11, mday 1..31 (any mday works: it only adds days) */
long long days_from_civil(long long year, int mon, int mday)
{
	long long era, yoe, doy;
	int mp = (mon + 10) % 12;	/* March = 0 */

	if (mon < 2)
		year--;
	era = floor_div(year, 400);
	yoe = year - era * 400;
	doy = (153 * mp + 2) / 5 + mday - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

int secs_to_tm(long long secs, struct tm *tm)
{
	long long days = floor_div(secs, SECS_PER_DAY);
	long long rem = secs - days * SECS_PER_DAY;
	long long z = days + 719468;
	long long era = floor_div(z, 146097);
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	long long year = yoe + era * 400;
	int mon = mp < 10 ? (int)mp + 2 : (int)mp - 10;

	if (mon < 2)
		year++;
	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return -1;
	}
	tm->tm_year = (int)(year - 1900);
	tm->tm_mon = mon;
	tm->tm_mday = (int)(doy - (153 * mp + 2) / 5 + 1);
	tm->tm_yday = (int)(days - days_from_civil(year, 0, 1));
	tm->tm_wday = (int)(floor_div(days + 4, 7) * -7 + days + 4);
	tm->tm_hour = (int)(rem / 3600);
	tm->tm_min = (int)(rem / 60 % 60);
	tm->tm_sec = (int)(rem % 60);
	return 0;
}

long long tm_to_secs(const struct tm *tm)
{
	long long year = tm->tm_year + 1900LL;
	long long mon = tm->tm_mon;
	long long years = floor_div(mon, 12);

	year += years;
	mon -= years * 12;
	return (days_from_civil(year, (int)mon, 1) + tm->tm_mday - 1) *
		       SECS_PER_DAY +
	       tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
}
