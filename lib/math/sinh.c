/*
 * sinh, cosh, tanh from E = exp(|x|) as a double-double (exp_core) and
 * its reciprocal; Taylor series below 2^-5, where E - 1/E would cancel;
 * exp_finish alone above 36, where 1/E no longer matters (and e^x / 2 may
 * be finite where e^x is not).
 */
#include "libm.h"

/* exp(ax) as a double-double, for 2^-5 <= ax <= 36. */
static dd exp_dd(double ax)
{
	int scale;
	dd r = exp_core(ax, 0.0, &scale);
	double f = asdouble((uint64_t)(0x3ff + scale) << 52);

	r.hi *= f;
	r.lo *= f;
	return r;
}

static double tiny(double x)
{
	if (x != 0 && __builtin_fabs(x) < DBL_MIN)
		force_eval(opaque(x) * x);	/* underflow */
	return x == 0 ? x : x + x * 0x1p-60;
}

double sinh(double x)
{
	double ax = __builtin_fabs(x), x2;
	int scale;
	dd e, d;

	if (!__builtin_isfinite(x))
		return x + x;
	if (ax < 0x1p-26)
		return tiny(x);
	if (ax < 0x1p-5) {
		x2 = x * x;
		return x + x * x2 * (1.0 / 6 + x2 * (1.0 / 120 + x2 * (1.0 / 5040 +
			x2 * (1.0 / 362880 + x2 * (1.0 / 39916800)))));
	}
	if (ax > 711.0)
		return math_overflow(x < 0);
	if (ax > 36.0) {
		e = exp_core(ax, 0.0, &scale);
		return exp_finish(e, scale - 1, x < 0);
	}
	e = exp_dd(ax);
	d = dd_add(e, dd_div((dd){ -1.0, 0.0 }, e));
	return copysign(0.5 * (d.hi + d.lo), x);
}

double cosh(double x)
{
	double ax = __builtin_fabs(x);
	int scale;
	dd e, d;

	if (!__builtin_isfinite(x))
		return x * x;
	if (ax < 0x1p-27)
		return 1.0 + ax * 0x1p-60;
	if (ax > 711.0)
		return math_overflow(0);
	if (ax > 36.0) {
		e = exp_core(ax, 0.0, &scale);
		return exp_finish(e, scale - 1, 0);
	}
	if (ax < 0x1p-5) {	/* exp_dd's range; no cancellation here */
		double x2 = x * x;

		return 1.0 + x2 * (0.5 + x2 * (1.0 / 24 + x2 * (1.0 / 720 +
			x2 * (1.0 / 40320))));
	}
	e = exp_dd(ax);
	d = dd_add(e, dd_div((dd){ 1.0, 0.0 }, e));
	return 0.5 * (d.hi + d.lo);
}

double tanh(double x)
{
	double ax = __builtin_fabs(x), x2;
	dd e, inv, n, d, q;

	if (__builtin_isnan(x))
		return x + x;
	if (ax < 0x1p-27)
		return tiny(x);
	if (ax > 22.0)
		return copysign(1.0 - opaque(0x1p-100), x);
	if (ax < 0x1p-5) {
		x2 = x * x;
		return x + x * x2 * (-1.0 / 3 + x2 * (2.0 / 15 +
			x2 * (-17.0 / 315 + x2 * (62.0 / 2835 +
			x2 * (-1382.0 / 155925 + x2 * (21844.0 / 6081075 +
			x2 * (-929569.0 / 638512875)))))));
	}
	e = exp_dd(ax);
	inv = dd_div((dd){ 1.0, 0.0 }, e);
	n = dd_add(e, (dd){ -inv.hi, -inv.lo });
	d = dd_add(e, inv);
	q = dd_div(n, d);
	return copysign(q.hi + q.lo, x);
}
