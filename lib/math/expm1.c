/*
 * expm1: a Taylor polynomial below 2^-8, where exp(x) - 1 would cancel;
 * above, exp_core's double-double minus 1.
 */
#include "libm.h"

double expm1(double x)
{
	double ax = __builtin_fabs(x), q;
	int scale;
	dd r, s;

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax < 0x1p-8)) {
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		if (x > 0x1.62e42fefa39efp+9)
			return math_overflow(0);
		if (x < -38.0)
			return -1.0 + opaque(0x1p-100);
		r = exp_core(x, 0.0, &scale);
		if (scale > 1000)
			return exp_finish(r, scale, 0);
		r.hi *= asdouble((uint64_t)(0x3ff + scale) << 52);
		r.lo *= asdouble((uint64_t)(0x3ff + scale) << 52);
		s = two_sum(-1.0, r.hi);
		return s.hi + (s.lo + r.lo);
	}
	if (ax < 0x1p-54) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x + x * 0x1p-60;
	}
	q = x * x * (0.5 + x * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 +
		x * (1.0 / 720 + x * (1.0 / 5040))))));
	return x + q;
}
