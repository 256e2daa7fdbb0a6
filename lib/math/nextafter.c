/*
 * nextafter and nexttoward: the neighbour of x toward y. Leaving the
 * normal range sets ERANGE with the flags (as glibc): toward infinity
 * (overflow) and to a subnormal or zero from a nonzero x (underflow).
 */
#include "libm.h"

static double step(double x, int up)
{
	uint64_t u = asuint64(x);

	if (x == 0)
		u = (up ? 0 : 1ULL << 63) | 1;
	else if ((x > 0) == !!up)
		u++;
	else
		u--;
	return asdouble(u);
}

static double neighbour(double x, int up)
{
	double y = step(x, up);

	if (__builtin_isinf(y)) {
		force_eval(opaque(x) * x);	/* overflow, inexact */
		errno = ERANGE;
	} else if (__builtin_fabs(y) < DBL_MIN) {
		force_eval(opaque(y) * y);	/* underflow, inexact */
		if (x != 0)
			errno = ERANGE;
	}
	return y;
}

double nextafter(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	return neighbour(x, y > x);
}

double nexttoward(double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return (double)(x + y);
	if (x == y)
		return (double)y;
	return neighbour(x, y > x);
}

static float neighbourf(float x, int up)
{
	uint32_t u = asuint(x);
	float y;

	if (x == 0)
		u = (up ? 0 : 1u << 31) | 1;
	else if ((x > 0) == !!up)
		u++;
	else
		u--;
	y = asfloat(u);
	if (__builtin_isinf(y)) {
		force_evalf(opaquef(x) * x);
		errno = ERANGE;
	} else if (__builtin_fabsf(y) < FLT_MIN) {
		force_evalf(opaquef(y) * y);
		if (x != 0)
			errno = ERANGE;
	}
	return y;
}

float nextafterf(float x, float y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	return neighbourf(x, y > x);
}

float nexttowardf(float x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return (float)(x + y);
	if (x == y)
		return (float)y;
	return neighbourf(x, y > x);
}
