/*
 * TZif files: the test writes its own zones under /tmp (a v2 file with
 * 64-bit transitions and a footer rule, and a v1 file) and reads them
 * back through TZ=/path and TZDIR, with glibc's answers: offsets before
 * the first transition, between transitions, after 2038 and past the
 * table, tzname, timezone, daylight, and mktime across a transition.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static unsigned char file[1024];
static size_t len;

static void put8(int v)
{
	file[len++] = (unsigned char)v;
}

static void put32(long v)
{
	for (int shift = 24; shift >= 0; shift -= 8)
		put8((int)((unsigned long)v >> shift & 0xff));
}

static void put64(long long v)
{
	put32((long)(v >> 32));
	put32((long)(v & 0xffffffff));
}

static const long long when[] = { -2000000000LL, 100000000, 110000000,
				  4000000000LL, 4010000000LL };
static const unsigned char what[] = { 1, 2, 1, 2, 1 };
static const long offsets[] = { 3000, 3600, 7200 };
static const char chars[] = "LMT\0AAA\0BBB";	/* and its NUL */

static void block(int wide, int count)
{
	put32(0);		/* isutcnt */
	put32(0);		/* isstdcnt */
	put32(0);		/* leapcnt */
	put32(count);		/* timecnt */
	put32(3);		/* typecnt */
	put32(sizeof(chars));	/* charcnt */
	for (int i = 0; i < count; i++)
		wide ? put64(when[i]) : put32((long)when[i]);
	for (int i = 0; i < count; i++)
		put8(what[i]);
	for (int i = 0; i < 3; i++) {
		put32(offsets[i]);
		put8(i == 2);
		put8(4 * i);
	}
	for (size_t i = 0; i < sizeof(chars); i++)
		put8(chars[i]);
}

static void header(char version)
{
	memcpy(file + len, "TZif", 4);
	len += 4;
	put8(version);
	for (int i = 0; i < 15; i++)
		put8(0);
}

static void write_zone(const char *path, int v2)
{
	int fd;

	len = 0;
	header(v2 ? '2' : 0);
	block(0, 3);		/* the 32-bit table: what fits */
	if (v2) {
		header('2');
		block(1, 5);
		memcpy(file + len, "\nAAA-1BBB,M3.5.0,M10.5.0/3\n", 27);
		len += 27;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	CHECK_INT(write(fd, file, len), len);
	close(fd);
}

static char buf[256];

static const char *local(long long t)
{
	time_t tt = t;
	struct tm tm;

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

static long long mk(int y, int mo, int d, int h, int mi, int isdst)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_isdst = isdst;
	return mktime(&tm);
}

int main(void)
{
	write_zone("/tmp/time_tzif.v2", 1);
	write_zone("/tmp/time_tzif.v1", 0);

	setenv("TZ", "/tmp/time_tzif.v2", 1);
	tzset();
	CHECK_STR(names(), "AAA/BBB -3600 1");
	CHECK_STR(local(-3000000000LL), "1874-12-07 19:30:00 LMT +0050 0");
	CHECK_STR(local(-2000000000LL), "1906-08-16 21:26:40 AAA +0100 0");
	CHECK_STR(local(100000000), "1973-03-03 11:46:40 BBB +0200 1");
	CHECK_STR(local(109999999), "1973-06-27 05:33:19 BBB +0200 1");
	CHECK_STR(local(110000000), "1973-06-27 04:33:20 AAA +0100 0");
	CHECK_STR(local(4000000000LL), "2096-10-02 09:06:40 BBB +0200 1");
	CHECK_STR(local(4005000000LL), "2096-11-29 06:00:00 BBB +0200 1");
	CHECK_STR(local(4010000000LL), "2097-01-26 01:53:20 AAA +0100 0");
	/* past the table: the footer's rule */
	CHECK_STR(local(4102444800LL + 180 * 86400), "2100-06-30 02:00:00 BBB +0200 1");
	CHECK_STR(local(4102444800LL + 300 * 86400), "2100-10-28 02:00:00 BBB +0200 1");
	CHECK_STR(names(), "AAA/BBB -3600 1");
	CHECK_INT(mk(1973, 3, 3, 12, 0, -1), 100000800);
	CHECK_INT(mk(1973, 3, 3, 12, 0, 0), 100004400);
	CHECK_INT(mk(1973, 7, 1, 12, 0, -1), 110372400);
	CHECK_INT(mk(2100, 7, 1, 12, 0, -1), 4118119200);
	CHECK_INT(mk(1900, 7, 1, 12, 0, -1), -2193310200);

	/* TZDIR and a relative name, with and without ':' */
	setenv("TZDIR", "/tmp", 1);
	setenv("TZ", "time_tzif.v1", 1);
	tzset();
	CHECK_STR(names(), "AAA/BBB -3600 1");
	CHECK_STR(local(-3000000000LL), "1874-12-07 19:30:00 LMT +0050 0");
	CHECK_STR(local(105000000), "1973-04-30 08:40:00 BBB +0200 1");
	CHECK_STR(local(4005000000LL), "2096-11-29 05:00:00 AAA +0100 0");
	setenv("TZ", "JST-9", 1);
	/* localtime_r does not look at TZ again: localtime and tzset do */
	CHECK_STR(local(105000000), "1973-04-30 08:40:00 BBB +0200 1");
	time_t t = 105000000;
	CHECK_INT(localtime(&t)->tm_gmtoff, 32400);
	setenv("TZ", ":time_tzif.v2", 1);
	tzset();
	CHECK_STR(local(105000000), "1973-04-30 08:40:00 BBB +0200 1");
	unsetenv("TZDIR");

	/* a file that is not TZif: a POSIX string or UTC, as glibc */
	int fd = open("/tmp/time_tzif.bad", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	write(fd, "TZif2 but not really", 20);
	close(fd);
	setenv("TZ", "/tmp/time_tzif.bad", 1);
	tzset();
	CHECK_STR(local(105000000), "1973-04-30 06:40:00  +0000 0");
	CHECK_STR(names(), "/ 0 0");
	setenv("TZ", ":/tmp/time_tzif.missing", 1);
	tzset();
	CHECK_STR(names(), "/ 0 0");
	CHECK_STR(local(105000000), "1973-04-30 06:40:00  +0000 0");
	unlink("/tmp/time_tzif.v1");
	unlink("/tmp/time_tzif.v2");
	unlink("/tmp/time_tzif.bad");
	return check_done();
}
