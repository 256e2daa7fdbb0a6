/*
 * atanf, atan2f, asinf and acosf in double arithmetic (libmf.h), through
 * one kernel: atan(v) for v >= 0 with atan.c's table of atan(j/16),
 * asin x = atan(x / sqrt((1 - x)(1 + x))) and acos x = 2 atan(sqrt((1 -
 * x) / (1 + x))). The few results whose rounding the error leaves in
 * doubt, and the special values, come from the double functions
 * (atanf's from atan_dd, rounded once).
 */
#include "libmf.h"

/*
 * atan(v) for v >= 0: w = min(v, 1/v), c = j/16 the nearest sixteenth,
 * atan(w) = atan(c) + atan(u), u = (w - c) / (1 + w c), |u| <= 1/32,
 * the series to u^9 (the rest under 2^-53 of u); pi/2 - atan(w) for v >
 * 1. w - c is exact (c within a factor 2 of w); the roundings of 1/v, of
 * 1 + w c, of the quotient and of the sums leave a relative error under
 * 2^-49, and no sum cancels (atan(c) and u have the same sign, atan(w) <=
 * pi/4). With the arguments' own roundings (2^-52 of v, which atan
 * passes on at most as is) the functions' results are within 2^-47:
 * 2^12 units in the last place, with a margin.
 */
#define ATRIGF_ERR	4096

static inline double atanf_kernel(double v)
{
	double w = v > 1 ? 1 / v : v, c, u, u2, a;
	int j = (int)(w * 16 + 0.5);

	c = j * (1.0 / 16);
	u = (w - c) / (1 + w * c);
	u2 = u * u;
	a = atan_table[2 * j] + (u + u * u2 * ((-1.0 / 3 + u2 * (1.0 / 5)) +
		u2 * u2 * (-1.0 / 7 + u2 * (1.0 / 9))));
	return v > 1 ? PIO2_HI - a : a;
}

float atanf(float x)
{
	double y;
	dd r;

	if (__builtin_fabsf(x) < 0x1p-12f)	/* x - x^3/3, as sinf's */
		return x == 0 ? x : (float)(x - x * (x * (double)x) * (1.0 / 3));
	if (!(__builtin_fabsf(x) < 0x1p25f))	/* pi/2 rounded, or NaN */
		return (float)atan(x);
	y = atanf_kernel(__builtin_fabsf(x));
	if (float_is_clear(y, ATRIGF_ERR))
		return (float)__builtin_copysign(y, x);
	r = atan_dd((dd){ __builtin_fabsf(x), 0 });
	if (x < 0) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	return dd_to_float(r);
}

float atan2f(float y, float x)
{
	double v, r;

	/* Zeros, infinities, NaNs, quotients far from 1: atan2. */
	if (!(__builtin_fabsf(x) > 0x1p-100f && __builtin_fabsf(x) < 0x1p100f &&
	      __builtin_fabsf(y) > 0x1p-100f && __builtin_fabsf(y) < 0x1p100f))
		return (float)atan2(y, x);
	v = __builtin_fabs((double)y / x);
	if (v < 0x1p-20 && x > 0)	/* a result near v, maybe not normal */
		return (float)atan2(y, x);
	r = atanf_kernel(v);
	if (x < 0)
		r = PI_HI - r;
	if (float_is_clear(r, ATRIGF_ERR))
		return (float)__builtin_copysign(r, y);
	return (float)atan2(y, x);
}

float asinf(float x)
{
	double y;

	if (__builtin_fabsf(x) < 0x1p-12f)	/* x + x^3/6 */
		return x == 0 ? x : (float)(x + x * (x * (double)x) * (1.0 / 6));
	if (!(__builtin_fabsf(x) < 1.0f))	/* +-1, domain errors, NaN */
		return (float)asin(x);
	y = atanf_kernel(__builtin_fabsf(x) /
			 sqrt_insn((1.0 - __builtin_fabsf(x)) * (1.0 + __builtin_fabsf(x))));
	if (float_is_clear(y, ATRIGF_ERR))
		return (float)__builtin_copysign(y, x);
	return (float)asin(x);
}

float acosf(float x)
{
	double y;

	if (!(__builtin_fabsf(x) < 1.0f))	/* +-1, domain errors, NaN */
		return (float)acos(x);
	y = 2 * atanf_kernel(sqrt_insn((1.0 - x) / (1.0 + x)));
	if (float_is_clear(y, ATRIGF_ERR))
		return (float)y;
	return (float)acos(x);
}
