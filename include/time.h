#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

#ifndef __bareheap_time_t_defined
#define __bareheap_time_t_defined
__extension__ typedef long long time_t;	/* 64-bit on every target */
#endif
typedef int clockid_t;

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC	1

int clock_gettime(clockid_t clock, struct timespec *ts);
int nanosleep(const struct timespec *req, struct timespec *rem);

#endif
