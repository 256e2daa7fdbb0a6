/*
 * asin and acos: atan_dd of x / sqrt(1 - x^2), with 1 - x^2 = (1 - x)
 * (1 + x) and its square root as double-doubles, so that the results stay
 * accurate near |x| = 1.
 */
#include "libm.h"
#include "tables.h"

/* sqrt(1 - x^2) for |x| <= 1 as a double-double. */
static dd sqrt_one_minus_square(double ax)
{
	dd a = two_sum(1.0, -ax), b = two_sum(1.0, ax), w, p;
	double r;

	w = dd_mul(a, b);
	r = sqrt_insn(w.hi);
	if (r == 0)
		return w;
	p = two_prod(r, r);
	return fast_two_sum(r, ((w.hi - p.hi) - p.lo + w.lo) / (2 * r));
}

double asin(double x)
{
	double ax = __builtin_fabs(x);
	dd s, r;

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax <= 1.0))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	if (ax < 0x1p-26) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x + x * 0x1p-60;
	}
	if (ax == 1.0)
		return copysign(PIO2_HI + opaque(PIO2_LO), x);
	s = sqrt_one_minus_square(ax);
	r = atan_dd(dd_div((dd){ ax, 0.0 }, s));
	return copysign(r.hi + r.lo, x);
}

double acos(double x)
{
	double ax = __builtin_fabs(x);
	dd s, r;

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax <= 1.0))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	if (x == 1.0)
		return 0.0;
	if (x == -1.0)
		return PI_HI + opaque(PI_LO);
	if (ax < 0x1p-60)
		return PIO2_HI + (PIO2_LO - x);
	s = sqrt_one_minus_square(ax);
	r = atan_dd(dd_div(s, (dd){ ax, 0.0 }));
	if (x < 0)
		r = dd_add((dd){ PI_HI, PI_LO }, (dd){ -r.hi, -r.lo });
	return r.hi + r.lo;
}
