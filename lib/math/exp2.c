/* exp2 and exp10: exp (exp_fast, else exp_core) of the double-double
 * x ln2 or x ln10; integral powers of two are exact (and raise no flag). */
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
	if (x == trunc(x) && x >= -1074 && x <= 1023)
		return scalbn(1.0, (int)x);
	return exp_scaled(x, LN2_DD_HI, LN2_DD_LO, 1024.0);
}

double exp10(double x)
{
	return exp_scaled(x, LN10_HI, LN10_LO, 308.26);
}

float exp2f(float x) { return to_float(exp2(x)); }
float exp10f(float x) { return to_float(exp10(x)); }
