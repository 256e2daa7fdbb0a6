/*
 * lround, llround, lrint, llrint: the rounded value converted. A NaN or a
 * value outside the type's range is the conversion's own case: it raises
 * FE_INVALID and gives what the hardware gives (as glibc).
 */
#include "libm.h"

long lround(double x) { return (long)round(x); }
long lroundf(float x) { return (long)roundf(x); }
long long llround(double x) { return (long long)round(x); }
long long llroundf(float x) { return (long long)roundf(x); }
long lrint(double x) { return (long)rint(x); }
long lrintf(float x) { return (long)rintf(x); }
long long llrint(double x) { return (long long)rint(x); }
long long llrintf(float x) { return (long long)rintf(x); }
