/*
 * The kernel's own time structures, for the wrappers that convert to and
 * from the 64-bit public ones. Not a public header.
 */
#ifndef KERNEL_KERNEL_TIME_H
#define KERNEL_KERNEL_TIME_H

#include <sys/resource.h>

/* The *_time64 calls' timespec (32-bit targets). */
struct kernel_timespec64 {
	long long sec;
	long long nsec;
};

/* timeval and timespec of the calls that never got a 64-bit variant
 * (setitimer, wait4, getrusage, select): longs. */
struct kernel_long_time {
	long sec;
	long frac;	/* microseconds or nanoseconds */
};

struct kernel_rusage {
	struct kernel_long_time utime, stime;
	long rest[14];	/* ru_maxrss .. ru_nivcsw */
};

/* Copies a kernel rusage into the public one (kernel/sys_resource.c). */
void rusage_from_kernel(struct rusage *ru, const struct kernel_rusage *k);

#endif
