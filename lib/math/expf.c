/*
 * expf, exp2f and exp10f in double arithmetic (libmf.h): the result is
 * 2^(t / 128) with t = x 128/ln2, 128 x or x 128 log2(10) (exp2_128).
 * The few results whose rounding the error leaves in doubt come from
 * exp_core (expf_dd), the subnormal and large ones of exp2f and exp10f
 * from the double functions.
 *
 * The error: t rounded once with a constant rounded once, 2^-52 of
 * |t| < 2^14, times ln2 / 128, is 2^-45.5 of the result; exp2_128's own
 * 2^-44 at most. In units of the result's last place, 2^53 times that:
 * under 512.
 */
#include "libmf.h"

#define EXPF_ERR	1024

/* exp(x + xt) rounded once to float, for |x| < 104 (exp_core). */
static float expf_dd(double x, double xt)
{
	int scale;
	dd r = exp_core(x, xt, &scale);
	double f = asdouble((uint64_t)(0x3ff + scale) << 52);

	r.hi *= f;	/* exact: 2^-150 <= r 2^scale < 2^128 */
	r.lo *= f;
	return dd_to_float(r);
}

/* exp(x c) rounded once to float, c = c_hi + c_lo, for |x c| < 104. */
static float expf_dd_scaled(float x, double c_hi, double c_lo)
{
	dd t = two_prod(x, c_hi);

	t = fast_two_sum(t.hi, t.lo + x * c_lo);
	return expf_dd(t.hi, t.lo);
}

float expf(float x)
{
	double y;

	if (!(__builtin_fabsf(x) <= 87.0f)) {
		if (__builtin_isnan(x) || x == __builtin_inff())
			return x + x;
		if (x > 0x1.62e42ep+6f)
			return math_overflowf(0);
		if (x < -0x1.9fe368p+6f)
			return __builtin_isinf(x) ? 0.0f : math_underflowf(0);
		if (x < -0x1.5d589ep+6f) {	/* subnormal */
			if (x < -0x1.9d1d9ep+6f)	/* below 2^-149 */
				errno = ERANGE;
			return expf_dd(x, 0.0);
		}
	} else if (__builtin_fabsf(x) < 0x1p-25f) {
		return 1.0f + x;
	}
	y = exp2_128(x * INV_LN2_128);
	if (float_is_clear(y, EXPF_ERR))
		return (float)y;
	return expf_dd(x, 0.0);
}

float exp2f(float x)
{
	double y;

	if (!(__builtin_fabsf(x) < 126.0f) || x == (float)(int)x ||
	    __builtin_fabsf(x) < 0x1p-25f)
		return to_float(exp2(x));	/* large, exact or tiny */
	y = exp2_128(x * 128.0);
	if (float_is_clear(y, EXPF_ERR))
		return (float)y;
	return expf_dd_scaled(x, LN2_DD_HI, LN2_DD_LO);
}

float exp10f(float x)
{
	double y;

	if (!(__builtin_fabsf(x) < 37.9f) || __builtin_fabsf(x) < 0x1p-26f)
		return to_float(exp10(x));	/* large, tiny */
	y = exp2_128(x * (LN10_HI * INV_LN2_128));
	if (float_is_clear(y, EXPF_ERR))
		return (float)y;
	if (x == (float)(int)x && x > 0 && x <= 10)
		return power_of_ten((int)x);	/* exact, not inexact */
	return expf_dd_scaled(x, LN10_HI, LN10_LO);
}

/*
 * expm1f: exp2_128's E - 1 for |x| >= 1/4 (the difference cancels by 4.5
 * at most), the Taylor series to x^9 below (the rest under 2^-50 of it);
 * -1 or its neighbour below -18.5, where e^x < 2^-26.
 */
float expm1f(float x)
{
	double a = __builtin_fabsf(x), x2, y;

	if (a < 0x1p-25f)	/* x + x^2/2, as log1pf's */
		return x == 0 ? x : (float)(x + x * (double)x * 0.5);
	if (!(a < 88.0f)) {
		if (x < 0 && !__builtin_isinf(x))	/* -inf, NaN: expm1 */
			return (float)opaque(-1.0 + 0x1p-30);
		return to_float(expm1(x));
	}
	if (x < -18.5f)
		return (float)opaque(-1.0 + 0x1p-30);
	if (a < 0.25) {
		x2 = (double)x * x;
		y = x + x2 * ((0.5 + x * (1.0 / 6)) + x2 * ((1.0 / 24 + x * (1.0 / 120)) +
			x2 * ((1.0 / 720 + x * (1.0 / 5040)) + x2 * (1.0 / 40320 +
			x * (1.0 / 362880)))));
	} else {
		y = exp2_128(x * INV_LN2_128) - 1;
	}
	if (float_is_clear(y, EXPF_ERR))
		return (float)y;
	return to_float(expm1(x));
}
