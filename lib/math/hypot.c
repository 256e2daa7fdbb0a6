/*
 * hypot: sqrt(x^2 + y^2) with the squares and their sum as double-doubles
 * (so correctly rounded nearly always), after scaling by a power of two
 * that keeps them in range. Infinity wins over NaN (C99 F.9.4.3); an
 * overflow sets ERANGE.
 */
#include "libm.h"

double hypot(double x, double y)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y), t, scale = 1.0;
	dd s, r;

	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inf();
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0 || exponent_bits(ax) - exponent_bits(ay) > 60)
		return ax + ay;
	if (ax > 0x1p500) {
		ax *= 0x1p-600;
		ay *= 0x1p-600;
		scale = 0x1p600;
	} else if (ay < 0x1p-500) {
		ax *= 0x1p600;
		ay *= 0x1p600;
		scale = 0x1p-600;
	}
	s = dd_add(two_prod(ax, ax), two_prod(ay, ay));
	r = dd_sqrt(s);
	t = (r.hi + r.lo) * scale;
	if (__builtin_isinf(t))
		errno = ERANGE;
	return t;
}

float hypotf(float x, float y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inff();
	/* Exact squares in double; one rounding of the root to float is
	 * then almost always the correct one. */
	return to_float(sqrt_insn((double)x * x + (double)y * y));
}
