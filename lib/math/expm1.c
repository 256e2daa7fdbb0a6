/*
 * expm1: a Taylor polynomial below 2^-8, where exp(x) - 1 would cancel;
 * from there to 36 (and down to -18) expm1_kernel (expm1.h) and Ziv's
 * test; where that test fails, and beyond, exp_core's double-double
 * minus 1.
 */
#include "libm.h"
#include "expm1.h"

double expm1(double x)
{
	double ax = __builtin_fabs(x), q, y;
	int scale;
	dd r, s;

	/* Quiet comparisons: a quiet NaN raises nothing. */
	if (__builtin_expect(__builtin_isgreaterequal(ax, 0x1p-8) &&
			     __builtin_isgreater(x, -18.0) &&
			     __builtin_isless(x, 36.0), 1)) {
		int e;

		r = expm1_kernel(x, &e);
		if (__builtin_expect(round_into(r.hi, r.lo, 0x1p-66, &y), 1))
			return y * pow2(e);
	}
	if (__builtin_isnan(x))
		return x + x;

	if (!(ax < 0x1p-8)) {
		if (x == __builtin_inf())
			return x + x;
		if (x > 0x1.62e42fefa39efp+9)
			return math_overflow(0);
		if (x < -38.0)
			return -1.0 + opaque(0x1p-100);
		r = exp_core(x, 0.0, &scale);
		if (scale > 1000)
			return exp_finish(r, scale, 0);
		r.hi *= pow2(scale);
		r.lo *= pow2(scale);
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
