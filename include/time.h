/*
 * Time: clocks, sleeping, broken-down time in UTC and in the local zone
 * (TZ: POSIX strings and TZif files), and formatting. time_t is 64 bits on
 * every target.
 */
#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

#ifndef __bareheap_time_t_defined
#define __bareheap_time_t_defined
__extension__ typedef long long time_t;	/* 64-bit on every target */
#endif
#ifndef __bareheap_clock_t_defined
#define __bareheap_clock_t_defined
typedef long clock_t;
#endif
typedef int clockid_t;
typedef void *timer_t;

#ifndef NULL
#define NULL ((void *)0)
#endif

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
	long tm_gmtoff;		/* seconds east of UTC */
	const char *tm_zone;	/* the zone's abbreviation */
};

#define CLOCKS_PER_SEC		((clock_t)1000000)

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID	3
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7
#define CLOCK_REALTIME_ALARM	8
#define CLOCK_BOOTTIME_ALARM	9
#define CLOCK_TAI		11

#define TIMER_ABSTIME		1
#define TIME_UTC		1

extern char *tzname[2];
extern long timezone;
extern int daylight;

time_t time(time_t *t);
clock_t clock(void);
double difftime(time_t end, time_t start);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
time_t timelocal(struct tm *tm);
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict tm);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict tm);
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *__restrict tm, char *__restrict buf);
char *ctime(const time_t *t);
char *ctime_r(const time_t *__restrict t, char *__restrict buf);
size_t strftime(char *__restrict s, size_t max, const char *__restrict fmt,
		const struct tm *__restrict tm);
char *strptime(const char *__restrict s, const char *__restrict fmt,
	       struct tm *__restrict tm);
void tzset(void);
int timespec_get(struct timespec *ts, int base);

int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_settime(clockid_t clock, const struct timespec *ts);
int clock_getres(clockid_t clock, struct timespec *res);
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req,
		    struct timespec *rem);
int nanosleep(const struct timespec *req, struct timespec *rem);

struct sigevent;
int timer_create(clockid_t clock, struct sigevent *__restrict sev,
		 timer_t *__restrict timer);
int timer_delete(timer_t timer);
int timer_settime(timer_t timer, int flags,
		  const struct itimerspec *__restrict value,
		  struct itimerspec *__restrict old);
int timer_gettime(timer_t timer, struct itimerspec *value);
int timer_getoverrun(timer_t timer);

#endif
