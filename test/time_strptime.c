/* strptime in the C locale: the fields it sets, the ones it completes
 * (tm_wday, tm_yday, the date of a week or a day of the year) and where
 * it stops, against glibc's answers. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "check.h"

static char buf[256];

static const char *parse(const char *s, const char *fmt)
{
	struct tm tm;
	char *end;

	memset(&tm, 0, sizeof(tm));
	tm.tm_mday = 99;	/* untouched fields show */
	tm.tm_wday = 9;
	tm.tm_yday = 999;
	end = strptime(s, fmt, &tm);
	if (!end)
		return "NULL";
	snprintf(buf, sizeof(buf), "%d-%d-%d %d:%d:%d w%d y%d off%ld rest'%s'",
		 tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
		 tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_gmtoff, end);
	return buf;
}

struct parse_case {
	const char *s, *fmt, *want;
};

static const struct parse_case cases[] = {
	{ "2023-07-22 00:26:40", "%Y-%m-%d %H:%M:%S",
	  "123-6-22 0:26:40 w6 y202 off0 rest''" },
	{ "Sat Jul 22 00:26:40 2023", "%c",
	  "123-6-22 0:26:40 w6 y202 off0 rest''" },
	{ "saturday JULY 22 2023", "%A %B %d %Y",
	  "123-6-22 0:0:0 w6 y202 off0 rest''" },
	{ "  7/4/99 rest", "%D",
	  "99-6-4 0:0:0 w0 y184 off0 rest' rest'" },
	{ "7/4/68", "%D",
	  "168-6-4 0:0:0 w3 y185 off0 rest''" },
	{ "12:30:05 PM", "%r",
	  "0-0-99 12:30:5 w9 y999 off0 rest''" },
	{ "12:30:05 am", "%I:%M:%S %p",
	  "0-0-99 0:30:5 w9 y999 off0 rest''" },
	{ "11 pm", "%I %p",
	  "0-0-99 23:0:0 w9 y999 off0 rest''" },
	{ "200", "%j",
	  "0-0-99 0:0:0 w9 y199 off0 rest''" },
	{ "2024 60", "%Y %j",
	  "124-1-29 0:0:0 w4 y59 off0 rest''" },
	{ "20 23", "%C %y",
	  "123-0-99 0:0:0 w0 y98 off0 rest''" },
	{ "19", "%C",
	  "0-0-99 0:0:0 w1 y98 off0 rest''" },
	{ "2023 10 1", "%Y %U %w",
	  "123-2-6 0:0:0 w1 y64 off0 rest''" },
	{ "2023 10 1", "%Y %W %w",
	  "123-2-6 0:0:0 w1 y64 off0 rest''" },
	{ "2023 0 3", "%Y %U %w",
	  "123--1--3 0:0:0 w3 y-4 off0 rest''" },
	{ "+0530", "%z",
	  "0-0-99 0:0:0 w9 y999 off19800 rest''" },
	{ "-08:00", "%z",
	  "0-0-99 0:0:0 w9 y999 off-28800 rest''" },
	{ "Z", "%z",
	  "0-0-99 0:0:0 w9 y999 off0 rest''" },
	{ "1690000000", "%s",
	  "123-6-22 4:26:40 w6 y202 off0 rest''" },
	{ "2023-02-30", "%F",
	  "123-1-30 0:0:0 w4 y60 off0 rest''" },
	{ "2023-13-01", "%F",
	  "NULL" },
	{ "24:00", "%H:%M",
	  "NULL" },
	{ "10:60", "%H:%M",
	  "0-0-99 10:6:0 w9 y999 off0 rest'0'" },
	{ "10:59:61", "%T",
	  "0-0-99 10:59:61 w9 y999 off0 rest''" },
	{ "abc", "%d",
	  "NULL" },
	{ "%x", "%%x",
	  "0-0-99 0:0:0 w9 y999 off0 rest''" },
	{ "  42", "%n%M",
	  "0-0-99 0:42:0 w9 y999 off0 rest''" },
	{ "12345", "%Y",
	  "-666-0-99 0:0:0 w0 y98 off0 rest'5'" },
	{ "Tue", "%a",
	  "0-0-99 0:0:0 w2 y999 off0 rest''" },
	{ "Tues", "%a",
	  "0-0-99 0:0:0 w2 y999 off0 rest's'" },
	{ "2023-07-22T10:00:00EDT", "%Y-%m-%dT%H:%M:%S%Z",
	  "123-6-22 10:0:0 w6 y202 off0 rest''" },
	{ "7", "%u",
	  "0-0-99 0:0:0 w0 y999 off0 rest''" },
	{ "1999 W", "%EY %Oy",
	  "NULL" },
	{ "Jul 4", "%b %e",
	  "0-6-4 0:0:0 w3 y184 off0 rest''" },
};

int main(void)
{
	setenv("TZ", "UTC0", 1);	/* for %s */
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_STR(parse(cases[i].s, cases[i].fmt), cases[i].want);
	return check_done();
}
