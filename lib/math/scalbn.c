/*
 * scalbn, scalbln, ldexp: x * 2^n rounded once. Large steps keep the
 * intermediate value normal, so only the last multiplication rounds; an
 * overflow to infinity or an underflow to zero sets ERANGE (as glibc).
 */
#include <limits.h>
#include "libm.h"

double scalbn(double x, int n)
{
	double y = x;

	if (n > 1023) {
		y *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			y *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		/* 2^-1022 * 2^53: keeps y normal until the last step. */
		y *= 0x1p-969;
		n += 969;
		if (n < -1022) {
			y *= 0x1p-969;
			n += 969;
			if (n < -1022)
				n = -1022;
		}
	}
	y *= pow2(n);
	if (x != 0 && __builtin_isfinite(x) && (y == 0 || __builtin_isinf(y)))
		errno = ERANGE;
	return y;
}

float scalbnf(float x, int n)
{
	/* double holds every float * 2^n that matters exactly. */
	if (n > 300)
		n = 300;
	if (n < -300)
		n = -300;
	float y = (float)((double)x * pow2(n));

	if (x != 0 && __builtin_isfinite(x) && (y == 0 || __builtin_isinf(y)))
		errno = ERANGE;
	return y;
}

static inline int clamp_long(long n)
{
	return n > INT_MAX ? INT_MAX : n < INT_MIN ? INT_MIN : (int)n;
}

double scalbln(double x, long n) { return scalbn(x, clamp_long(n)); }
float scalblnf(float x, long n) { return scalbnf(x, clamp_long(n)); }
double ldexp(double x, int n) { return scalbn(x, n); }
float ldexpf(float x, int n) { return scalbnf(x, n); }
