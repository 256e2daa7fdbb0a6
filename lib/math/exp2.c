/* exp2: the table's 2^(k/128) times exp of the rest; exp10 and exp2's
 * edges: exp (exp_fast, else exp_core) of the double-double x ln2 or
 * x ln10; integral powers of two are exact (and raise no flag). */
#include "libm.h"
#include "tables.h"

static double exp_scaled(double x, double hi, double lo, double limit)
{
	int scale;
	double y;
	dd t;

	if (__builtin_isnan(x) || x == __builtin_inf())
		return x + x;
	if (x > limit)
		return math_overflow(0);
	if (x < -limit * 1.06)
		return __builtin_isinf(x) ? 0.0 : math_underflow(0);
	t = two_prod(x, hi);
	t = fast_two_sum(t.hi, t.lo + x * lo);
	if (__builtin_fabs(t.hi) < 0x1p-60)
		return 1.0 + t.hi;
	if (t.hi < -745.2)
		return math_underflow(0);
	if (t.hi > 709.8)
		return math_overflow(0);
	if (__builtin_fabs(t.hi) < 708.0 &&
	    exp_fast(t.hi, t.lo, __builtin_fabs(t.hi) * 0x1p-100, 0, &y))
		return y;
	t = exp_core(t.hi, t.lo, &scale);
	return exp_finish(t, scale, 0);
}

double exp2(double x)
{
	double ax = __builtin_fabs(x);

	/* 2^(k/128) 2^r with r = x - k/128 exact, exp(r ln2) within 0.51
	 * ulp; integral x gives r = 0 and an exact result. */
	if (__builtin_expect(__builtin_islessequal(ax, 1022.0) && ax >= 0x1p-54, 1)) {
		double t = x * 128 + ROUND_SHIFT, kd = t - ROUND_SHIFT;

		return exp_table_poly((int32_t)asuint64(t),
				      (x - kd * (1.0 / 128)) * LN2_DD_HI);
	}
	if (x == trunc(x) && x >= -1074 && x <= 1023)
		return scalbn(1.0, (int)x);
	return exp_scaled(x, LN2_DD_HI, LN2_DD_LO, 1024.0);
}

double exp10(double x)
{
	return exp_scaled(x, LN10_HI, LN10_LO, 308.26);
}
