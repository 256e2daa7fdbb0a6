/* struct timeval, for the headers that need it (sys/time.h, sys/select.h,
 * sys/resource.h). */
#ifndef _BITS_TIMEVAL_H
#define _BITS_TIMEVAL_H

#include <sys/types.h>

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

#endif
