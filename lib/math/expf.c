/*
 * expf, exp2f and exp10f in double arithmetic (libmf.h): the result is
 * 2^(t / 128) with t = x 128/ln2, 128 x or x 128 log2(10) (exp2_128).
 * Results that would not be normal floats, and the few whose rounding
 * the error leaves in doubt, come from the double functions.
 *
 * The error: t rounded once with a constant rounded once, 2^-52 of
 * |t| < 2^14, times ln2 / 128, is 2^-45.5 of the result; exp2_128's own
 * 2^-44 at most. In units of the result's last place, 2^53 times that:
 * under 512.
 */
#include "libmf.h"

#define EXPF_ERR	1024

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
		if (x < -0x1.5d589ep+6f)	/* subnormal: exp rounds */
			return to_float(exp(x));
	} else if (__builtin_fabsf(x) < 0x1p-25f) {
		return 1.0f + x;
	}
	y = exp2_128(x * INV_LN2_128);
	if (float_is_clear(y, EXPF_ERR))
		return (float)y;
	return to_float(exp(x));
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
	return to_float(exp2(x));
}

float exp10f(float x)
{
	double y;

	if (!(__builtin_fabsf(x) < 37.9f) || __builtin_fabsf(x) < 0x1p-26f)
		return to_float(exp10(x));	/* large, tiny */
	y = exp2_128(x * (LN10_HI * INV_LN2_128));
	if (float_is_clear(y, EXPF_ERR))
		return (float)y;
	return to_float(exp10(x));
}
