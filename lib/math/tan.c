/* tan: sin_dd / cos_dd of the reduced argument, -cos/sin for odd n. */
#include "libm.h"

double tan(double x)
{
	double y[2];
	int n;
	dd s, c, r;

	if (__builtin_isnan(x))
		return x + x;

	if (__builtin_fabs(x) < 0x1p-27) {
		if (x != 0 && __builtin_fabs(x) < DBL_MIN)
			force_eval(opaque(x) * x);
		return x == 0 ? x : x + x * 0x1p-60;
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	if (__builtin_fabs(x) <= 0.785) {
		y[0] = x;
		y[1] = 0;
		n = 0;
	} else {
		n = rem_pio2(x, y);
	}
	s = sin_dd(y[0], y[1]);
	c = cos_dd(y[0], y[1]);
	if (n & 1) {
		r = dd_div(c, s);
		return -(r.hi + r.lo);
	}
	r = dd_div(s, c);
	return r.hi + r.lo;
}
