/*
 * The system's TZif files (/usr/share/zoneinfo, and /etc/localtime when
 * TZ is unset): real zones with long histories, 64-bit tables, footers,
 * negative DST (Dublin) and half-hour DST (Lord Howe), as glibc reads
 * them. Only where the files exist: user and native.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "check.h"

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
	snprintf(buf + strlen(buf), 40, " %d", tm.tm_isdst);
	return buf;
}

static const char *names(void)
{
	snprintf(buf, sizeof(buf), "%s/%s %ld %d", tzname[0], tzname[1],
		 timezone, daylight);
	return buf;
}

static long long mk(const char *tz, int y, int mo, int d, int h, int mi,
		    int isdst)
{
	struct tm tm;

	setenv("TZ", tz, 1);
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_isdst = isdst;
	return mktime(&tm);
}

static const char *const zones[] = {
	"America/New_York", ":Europe/London", "Asia/Kolkata",
	"Australia/Lord_Howe", "/usr/share/zoneinfo/Europe/Dublin",
	"Europe/Paris", "America/Sao_Paulo"
};
static const long long times[] = {
	-5000000000LL, -2000000000LL, 0, 1690000000, 1700000000,
	4117996800LL, 32503680000LL
};

static const char *const want_names[] = {
	"EST/EDT 18000 1",
	"GMT/BST 0 1",
	"IST/+0630 -19800 1",
	"+1030/+11 -37800 1",
	"IST/GMT -3600 1",
	"CET/CEST -3600 1",
	"-03/-02 10800 1",
};

static const char *const want_local[][7] = {
	{
		"1811-07-23 10:10:38 LMT -0456 0",
		"1906-08-16 15:26:40 EST -0500 0",
		"1969-12-31 19:00:00 EST -0500 0",
		"2023-07-22 00:26:40 EDT -0400 1",
		"2023-11-14 17:13:20 EST -0500 0",
		"2100-06-29 20:00:00 EDT -0400 1",
		"2999-12-31 19:00:00 EST -0500 0",
	},
	{
		"1811-07-23 15:05:25 LMT -0001 0",
		"1906-08-16 20:26:40 GMT +0000 0",
		"1970-01-01 01:00:00 BST +0100 0",
		"2023-07-22 05:26:40 BST +0100 1",
		"2023-11-14 22:13:20 GMT +0000 0",
		"2100-06-30 01:00:00 BST +0100 1",
		"3000-01-01 00:00:00 GMT +0000 0",
	},
	{
		"1811-07-23 21:00:08 LMT +0553 0",
		"1906-08-17 01:56:40 IST +0530 0",
		"1970-01-01 05:30:00 IST +0530 0",
		"2023-07-22 09:56:40 IST +0530 0",
		"2023-11-15 03:43:20 IST +0530 0",
		"2100-06-30 05:30:00 IST +0530 0",
		"3000-01-01 05:30:00 IST +0530 0",
	},
	{
		"1811-07-24 01:43:00 LMT +1036 0",
		"1906-08-17 06:26:40 AEST +1000 0",
		"1970-01-01 10:00:00 AEST +1000 0",
		"2023-07-22 14:56:40 +1030 +1030 0",
		"2023-11-15 09:13:20 +11 +1100 1",
		"2100-06-30 10:30:00 +1030 +1030 0",
		"3000-01-01 11:00:00 +11 +1100 1",
	},
	{
		"1811-07-23 14:41:19 LMT -0025 0",
		"1906-08-16 20:01:19 DMT -0025 0",
		"1970-01-01 01:00:00 IST +0100 0",
		"2023-07-22 05:26:40 IST +0100 0",
		"2023-11-14 22:13:20 GMT +0000 1",
		"2100-06-30 01:00:00 IST +0100 0",
		"3000-01-01 00:00:00 GMT +0000 1",
	},
	{
		"1811-07-23 15:16:01 LMT +0009 0",
		"1906-08-16 20:36:01 PMT +0009 0",
		"1970-01-01 01:00:00 CET +0100 0",
		"2023-07-22 06:26:40 CEST +0200 1",
		"2023-11-14 23:13:20 CET +0100 0",
		"2100-06-30 02:00:00 CEST +0200 1",
		"3000-01-01 01:00:00 CET +0100 0",
	},
	{
		"1811-07-23 12:00:12 LMT -0306 0",
		"1906-08-16 17:20:12 LMT -0306 0",
		"1969-12-31 21:00:00 -03 -0300 0",
		"2023-07-22 01:26:40 -03 -0300 0",
		"2023-11-14 19:13:20 -03 -0300 0",
		"2100-06-29 21:00:00 -03 -0300 0",
		"2999-12-31 21:00:00 -03 -0300 0",
	},
};

int main(void)
{
	for (unsigned z = 0; z < sizeof(zones) / sizeof(zones[0]); z++) {
		setenv("TZ", zones[z], 1);
		tzset();
		CHECK_STR(names(), want_names[z]);
		for (unsigned i = 0; i < sizeof(times) / sizeof(times[0]); i++)
			CHECK_STR(local(zones[z], times[i]),
				  want_local[z][i]);
	}
	CHECK_INT(mk("America/New_York", 2023, 3, 12, 2, 30, -1), 1678606200);
	CHECK_INT(mk("America/New_York", 2023, 11, 5, 1, 30, -1), 1699165800);
	CHECK_INT(mk("America/New_York", 2023, 11, 5, 1, 30, 0), 1699165800);
	CHECK_INT(mk("America/New_York", 2023, 1, 15, 12, 0, 1), 1673798400);
	CHECK_INT(mk("America/New_York", 1850, 1, 1, 0, 0, -1), -3786807838);
	CHECK_INT(mk("America/New_York", 2200, 7, 1, 0, 0, -1), 7273771200);
	CHECK_INT(mk("Europe/Dublin", 2023, 7, 1, 12, 0, -1), 1688209200);
	CHECK_INT(mk("Europe/Dublin", 2023, 1, 1, 12, 0, -1), 1672574400);
	CHECK_INT(mk("Australia/Lord_Howe", 2023, 10, 1, 2, 15, -1), 1696088700);
	CHECK_INT(mk("Europe/London", 1970, 6, 1, 0, 0, -1), 13042800);
	unsetenv("TZ");
	CHECK_STR(local("UTC", 1690000000), "2023-07-22 04:26:40 UTC +0000 0");
	return check_done();
}
