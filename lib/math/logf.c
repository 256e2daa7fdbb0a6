/*
 * logf, log2f and log10f in double arithmetic (log_kernel, libmf.h).
 * Subnormal arguments and the special values come from the double
 * functions; the few results whose rounding the error leaves in doubt
 * from log_dd, times 1/ln2 or 1/ln10 as double-doubles, rounded once.
 *
 * The error: log_kernel's 2^-51 absolute where k != 0 (|log x| > 0.34),
 * 2^-50 relative near 1, and 2^-51 absolute against |log x| > 2^-7 for
 * the intervals in between: 2^-44 relative at most; the sum with k ln2
 * and the product by 1/ln2 or 1/ln10 add two roundings. In units of the
 * result's last place, with a directed mode's doubled roundings: under
 * 1024.
 */
#include "libmf.h"

#define LOGF_ERR	1024

/* log(x) c rounded once to float, c = c_hi + c_lo. */
static float logf_dd(float x, double c_hi, double c_lo)
{
	dd c = { c_hi, c_lo };

	return dd_to_float(dd_mul(log_dd(x), c));
}

/* NaN, zero, negative, infinite or subnormal: the double function. */
static inline int logf_special(float x)
{
	return asuint(x) - 0x00800000 >= 0x7f800000 - 0x00800000;
}

/* log(x) for a normal float x > 0: k ln2 with the kernel's value. */
static inline double log_natural(float x)
{
	int k;
	double l = log_kernel(x, &k);

	return k * LN2_HI + (l + k * LN2_LO);
}

float logf(float x)
{
	double y;

	if (logf_special(x))
		return (float)log(x);
	y = log_natural(x);
	if (float_is_clear(y, LOGF_ERR))
		return (float)y;
	return dd_to_float(log_dd(x));
}

float log2f(float x)
{
	double y;
	int k;

	if (logf_special(x))
		return (float)log2(x);
	if ((asuint(x) & 0x007fffff) == 0)	/* a power of two: exact */
		return (float)((int)(asuint(x) >> 23) - 0x7f);
	y = log_kernel(x, &k);
	y = k + y * INV_LN2_HI;
	if (float_is_clear(y, LOGF_ERR))
		return (float)y;
	return logf_dd(x, INV_LN2_HI, INV_LN2_LO);
}

float log10f(float x)
{
	double y;

	if (logf_special(x))
		return (float)log10(x);
	y = log_natural(x) * INV_LN10_HI;
	if (float_is_clear(y, LOGF_ERR))
		return (float)y;
	if (y > 0.5 && y < 10.5 && x == power_of_ten((int)(y + 0.5)))
		return (float)(int)(y + 0.5);	/* exact, not inexact */
	return logf_dd(x, INV_LN10_HI, INV_LN10_LO);
}

/* |x| < 2^-25: x - x^2/2, within 2^-50 of x and far from a midpoint,
 * rounded once (the correction moves a directed rounding as it should). */
float log1pf(float x)
{
	double y;

	if (__builtin_fabsf(x) < 0x1p-25f)
		return x == 0 ? x : (float)(x - x * (double)x * 0.5);
	if (!(x > -1.0f && x <= FLT_MAX))	/* -1, domain errors, inf, NaN */
		return (float)log1p(x);
	y = log1p_kernel(x);
	if (float_is_clear(y, LOGF_ERR))
		return (float)y;
	return (float)log1p(x);
}
