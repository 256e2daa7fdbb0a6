/*
 * sin, cos, sincos and their kernels: on [-pi/4, pi/4] (after rem_pio2),
 * Taylor series to x^21 / x^22 whose leading terms are double-doubles
 * (x - x^3/6, 1 - x^2/2 + x^4/24), with the reduced argument's tail y as a first
 * order correction: sin(x + y) ~ sin x + y cos x, cos(x + y) ~ cos x -
 * y sin x.
 */
#include "libm.h"

/* 1/6 and 1/24 as double-doubles. */
#define SIXTH_HI 0x1.5555555555555p-3
#define SIXTH_LO 0x1.5555555555555p-57
#define TWENTYFOURTH_HI 0x1.5555555555555p-5
#define TWENTYFOURTH_LO 0x1.5555555555555p-59

dd sin_dd(double x, double y)
{
	double x2 = x * x, p, lo;
	dd sq = two_prod(x, x), cube, t, s;

	p = x2 * x2 * x * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880 +
		x2 * (-1.0 / 39916800 + x2 * (1.0 / 6227020800 +
		x2 * (-1.0 / 1307674368000 + x2 * (1.0 / 355687428096000 +
		x2 * (-1.0 / 121645100408832000 +
		x2 * (1.0 / 51090942171709440000.0)))))))));
	cube = dd_mul_d(sq, x);
	t = dd_mul(cube, (dd){ -SIXTH_HI, -SIXTH_LO });
	s = fast_two_sum(x, t.hi);
	lo = s.lo + t.lo + p + y * (1.0 - 0.5 * x2);
	return fast_two_sum(s.hi, lo);
}

dd cos_dd(double x, double y)
{
	double x2 = x * x, p, lo;
	dd sq = two_prod(x, x), t4, w, s;

	p = x2 * x2 * x2 * (-1.0 / 720 + x2 * (1.0 / 40320 +
		x2 * (-1.0 / 3628800 + x2 * (1.0 / 479001600 +
		x2 * (-1.0 / 87178291200 + x2 * (1.0 / 20922789888000 +
		x2 * (-1.0 / 6402373705728000 +
		x2 * (1.0 / 2432902008176640000 +
		x2 * (-1.0 / 1124000727777607680000.0)))))))));
	t4 = dd_mul(dd_mul(sq, sq), (dd){ TWENTYFOURTH_HI, TWENTYFOURTH_LO });
	w = fast_two_sum(1.0, -0.5 * sq.hi);
	s = fast_two_sum(w.hi, t4.hi);
	lo = w.lo + s.lo - 0.5 * sq.lo + t4.lo + p -
	     y * x * (1.0 - x2 * (1.0 / 6));
	return fast_two_sum(s.hi, lo);
}

/* sin and cos of x = n pi/2 + y: which kernel, which sign. */
static double sin_or_cos(double x, int cosine)
{
	double y[2];
	int n;
	dd r;

	if (__builtin_fabs(x) <= 0.785) {
		y[0] = x;
		y[1] = 0;
		n = 0;
	} else {
		n = rem_pio2(x, y);
	}
	n += cosine;
	r = n & 1 ? cos_dd(y[0], y[1]) : sin_dd(y[0], y[1]);
	return n & 2 ? -(r.hi + r.lo) : r.hi + r.lo;
}

double sin(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_fabs(x) < 0x1p-26) {
		if (x != 0 && __builtin_fabs(x) < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	return sin_or_cos(x, 0);
}

double cos(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_fabs(x) < 0x1p-27)
		return 1.0 - __builtin_fabs(x) * 0x1p-60;
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	return sin_or_cos(x, 1);
}

void sincos(double x, double *s, double *c)
{
	*s = sin(x);
	*c = cos(x);
}
