/* log1p: a Taylor series below 2^-8; above, 1 + x held exactly as t_hi +
 * t_lo, log_base_fast (log_base.h) of t_hi with t_lo / t_hi as its first
 * order correction, else the logarithm of the double-double t. */
#include "libm.h"
#include "log_base.h"
#include "tables.h"

double log1p(double x)
{
	double ax = __builtin_fabs(x), y;
	dd r, t;

	if (__builtin_isnan(x))
		return x + x;

	if (!(x > -1.0) || x == __builtin_inf()) {
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		return x == -1.0 ? math_divzero(1) : math_invalid(x);
	}
	if (ax < 0x1p-54) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (ax < 0x1p-8)
		return x + x * x * (-0.5 + x * (1.0 / 3 + x * (-0.25 + x * (0.2 +
			x * (-1.0 / 6 + x * (1.0 / 7 + x * (-0.125 +
			x * (1.0 / 9 + x * -0.1))))))));
	/* t_hi is normal: x > -1 leaves 1 + x at least 2^-53. The second
	 * order term of the correction, (t_lo / t_hi)^2 / 2, is below 2^-107. */
	t = two_sum(1.0, x);
	if (log_base_fast(asuint64(t.hi), logn_table, LN2_HI, LN2_LO, 1.0, 0.0,
			  t.lo / t.hi, &y))
		return y;
	r = log_of_dd(t);
	return r.hi + r.lo;
}
