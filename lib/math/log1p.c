/* log1p: for 2^-7 <= |x|, 1 + x held exactly as t_hi + t_lo and
 * log_base_fast (log_base.h) of t_hi with t_lo as its low part; below, a
 * Taylor series with a rounding test; where either cannot decide, the
 * logarithm of the double-double t. */
#include "libm.h"
#include "log_base.h"
#include "tables.h"

static __attribute__((noinline)) double log1p_dd(dd t)
{
	dd r = log_of_dd(t);

	return r.hi + r.lo;
}

static __attribute__((noinline)) double log1p_small(double x)
{
	double ax = __builtin_fabs(x), lo;

	if (__builtin_isnan(x) || x == __builtin_inf())
		return x + x;
	if (!(x > -1.0))
		return x == -1.0 ? math_divzero(1) : math_invalid(x);
	if (ax < 0x1p-54) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (ax >= 0x1p-7)	/* x >= 2^1023 */
		return log1p_dd(two_sum(x, 1.0));
	/* x + lo, the series to x^10 (the rest is below 2^-73 of the
	 * result); lo = x^2 q with q near -1/2 within 2^-52 in any rounding
	 * mode, x^2 and the product too: within 2^-50.4 of lo. */
	lo = x * x * (-0.5 + x * (1.0 / 3 + x * (-0.25 + x * (0.2 +
		x * (-1.0 / 6 + x * (1.0 / 7 + x * (-0.125 +
		x * (1.0 / 9 + x * -0.1))))))));
	if (round_is_clear(x, lo, __builtin_fabs(lo) * 0x1p-49))
		return x + lo;
	return log1p_dd(fast_two_sum(1.0, x));
}

double log1p(double x)
{
	double y;
	dd t;

	/* x < 2^1023 keeps log_base_reduce's 2^-k finite; the quiet
	 * comparisons leave a NaN's flags alone. */
	if (__builtin_expect(__builtin_isgreater(x, -1.0) &&
			     __builtin_isless(x, 0x1p1023) &&
			     __builtin_isgreaterequal(__builtin_fabs(x), 0x1p-7), 1)) {
		double a = x > 1.0 ? x : 1.0, b = x > 1.0 ? 1.0 : x;

		/* t_hi is normal: x > -1 leaves 1 + x at least 2^-53. */
		t = fast_two_sum(a, b);
		if (log_base_fast(asuint64(t.hi), t.lo, logn_table, LN2_HI, LN2_LO,
				  1.0, 0.0, &y))
			return y;
		return log1p_dd(t);
	}
	return log1p_small(x);
}
