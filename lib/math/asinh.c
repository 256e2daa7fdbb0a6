/*
 * asinh, acosh, atanh: logarithms of double-doubles (log_of_dd) built
 * without cancellation: |x| + sqrt(x^2 + 1), x + sqrt((x - 1)(x + 1)),
 * (1 + x) / (1 - x). asinh and acosh first take log_fast's logarithm in
 * double arithmetic, where the result is large enough (above 1/4) for its
 * absolute error bound, and Ziv's test.
 */
#include "libm.h"
#include "tables.h"

/* log(t.hi + t.lo), negated if negative, into *y and 1, for t >= 1.28:
 * log_fast of t.hi plus t.lo / t.hi (the rest of log(1 + t.lo / t.hi)
 * is below 2^-106); 0 where the rounding is in doubt. */
static int log_dd_fast(dd t, int negative, double *y)
{
	double err;
	dd l;

	if (!log_fast(t.hi, &l, &err))
		return 0;
	l.lo += t.lo / t.hi;
	if (negative) {
		l.hi = -l.hi;
		l.lo = -l.lo;
	}
	if (!round_is_clear(l.hi, l.lo, err + __builtin_fabs(l.hi) * 0x1p-90))
		return 0;
	*y = l.hi + l.lo;
	return 1;
}

/* log(2 ax) for ax above 2^28, where the square roots are ax. */
static double log_twice(double ax)
{
	dd l = dd_add(log_dd(ax), (dd){ LN2_DD_HI, LN2_DD_LO });

	return l.hi + l.lo;
}

double asinh(double x)
{
	double ax = __builtin_fabs(x), y;
	dd s, t;

	if (!__builtin_isfinite(x))
		return x + x;
	if (ax < 0x1p-26) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (ax > 0x1p28)
		return copysign(log_twice(ax), x);
	s = dd_sqrt(dd_add_d(two_prod(ax, ax), 1.0));
	s = dd_add_d(s, ax);
	if (ax >= 0.25 && log_dd_fast(s, x < 0, &y))
		return y;
	t = log_of_dd(s);
	return copysign(t.hi + t.lo, x);
}

double acosh(double x)
{
	double y;
	dd s, t;

	if (__builtin_isnan(x))
		return x + x;

	if (!(x >= 1.0))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	if (x == 1.0)
		return 0.0;
	if (x > 0x1p28)
		return __builtin_isinf(x) ? x : log_twice(x);
	s = dd_sqrt(dd_mul(two_sum(x, -1.0), two_sum(x, 1.0)));
	s = dd_add_d(s, x);
	if (x >= 1.25 && log_dd_fast(s, 0, &y))
		return y;
	t = log_of_dd(s);
	return t.hi + t.lo;
}

double atanh(double x)
{
	double ax = __builtin_fabs(x);
	dd q, t;

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax < 1.0)) {
		if (__builtin_isnan(x))
			return x + x;
		return ax == 1.0 ? math_divzero(x < 0) : math_invalid(x);
	}
	if (ax < 0x1p-27) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x + x * 0x1p-60;
	}
	q = dd_div(two_sum(1.0, ax), two_sum(1.0, -ax));
	t = log_of_dd(q);
	return copysign(0.5 * (t.hi + t.lo), x);
}
