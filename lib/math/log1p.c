/* log1p: a Taylor series below 2^-8; above, the logarithm of 1 + x held
 * exactly as a double-double. */
#include "libm.h"

double log1p(double x)
{
	double ax = __builtin_fabs(x);
	dd r;

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
	r = log_of_dd(two_sum(1.0, x));
	return r.hi + r.lo;
}
