/*
 * sinhf, coshf and tanhf in double arithmetic (libmf.h): from E = exp|x|
 * (exp2_128, 2^-45 of itself), cosh = (E + 1/E) / 2, sinh = (E - 1/E) /
 * 2 and tanh = (E^2 - 1) / (E^2 + 1) for |x| >= 1/4, where the
 * differences cancel by a factor 2.5 at most; below 1/4, sinh's Taylor
 * series to x^9 and cosh's to x^10 (the terms left out under 2^-45 of
 * the sum), tanh as their quotient. Relative errors under 2^-43: 2^12
 * units in the last place, with a margin. Large arguments, and the few
 * results whose rounding the error leaves in doubt, come from the double
 * functions.
 */
#include "libmf.h"

#define HYPERBF_ERR	4096

/* sinh x and cosh x for |x| < 1/4, by their series. */
static inline void sinhcosh_small(double x, double *s, double *c)
{
	double x2 = x * x, x4 = x2 * x2;

	*s = x + x * x2 * ((1.0 / 6 + x2 * (1.0 / 120)) +
		x4 * (1.0 / 5040 + x2 * (1.0 / 362880)));
	*c = 1.0 + x2 * ((0.5 + x2 * (1.0 / 24)) + x4 * ((1.0 / 720 +
		x2 * (1.0 / 40320)) + x4 * (1.0 / 3628800)));
}

/*
 * sinh x for |x| < 1/4 rounded once: x + x^3 S(x^2) as a double-double,
 * the series to x^13 (the terms left out under 2^-68 of x), x^3 S(x^2)
 * within 2^-53 of itself, 2^-59 of the result. sinh's double rounds to a
 * float midpoint at +-0x1.250bfep-11.
 */
static float sinh_small_dd(double x)
{
	double x2 = x * x, x4 = x2 * x2;
	double t = x * x2 * (((1.0 / 6 + x2 * (1.0 / 120)) +
		x4 * (1.0 / 5040 + x2 * (1.0 / 362880))) +
		x4 * x4 * ((1.0 / 39916800 + x2 * (1.0 / 6227020800.0))));

	return dd_to_float(fast_two_sum(x, t));
}

float sinhf(float x)
{
	double a = __builtin_fabsf(x), e, s, c;

	if (a < 0x1p-12)	/* x + x^3/6, as sinf's */
		return x == 0 ? x : (float)(x + x * (x * (double)x) * (1.0 / 6));
	if (!(a < 88.0))
		return to_float(sinh(x));
	if (a < 0.25) {
		sinhcosh_small(x, &s, &c);
	} else {
		e = exp2_128(a * INV_LN2_128);
		s = __builtin_copysign(0.5 * (e - 1 / e), x);
	}
	if (float_is_clear(s, HYPERBF_ERR))
		return (float)s;
	if (a < 0.25)
		return sinh_small_dd(x);
	return to_float(sinh(x));
}

float coshf(float x)
{
	double a = __builtin_fabsf(x), e, s, c;

	if (a < 0x1p-13)	/* 1 + x^2/2, as cosf's */
		return (float)(1.0 + a * a * 0.5);
	if (!(a < 88.0))
		return to_float(cosh(x));
	if (a < 0.25) {
		sinhcosh_small(a, &s, &c);
	} else {
		e = exp2_128(a * INV_LN2_128);
		c = 0.5 * (e + 1 / e);
	}
	if (float_is_clear(c, HYPERBF_ERR))
		return (float)c;
	return to_float(cosh(x));
}

float tanhf(float x)
{
	double a = __builtin_fabsf(x), e, s, c, t;

	if (a < 0x1p-12)	/* x - x^3/3, as atanf's */
		return x == 0 ? x : (float)(x - x * (x * (double)x) * (1.0 / 3));
	if (!(a < 9.8)) {	/* 1 - tanh|x| < 2^-27: 1 or its neighbour */
		if (__builtin_isnan(x))
			return x + x;
		return (float)__builtin_copysign(1.0 - 0x1p-30, x);
	}
	if (a < 0.25) {
		sinhcosh_small(x, &s, &c);
		t = s / c;
	} else {
		e = exp2_128(a * (2 * INV_LN2_128));
		t = __builtin_copysign((e - 1) / (e + 1), x);
	}
	if (float_is_clear(t, HYPERBF_ERR))
		return (float)t;
	return (float)tanh(x);
}
