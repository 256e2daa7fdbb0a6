/*
 * pow: exp(y log|x|) with log|x| as a double-double (log_dd) and the
 * product y log|x| as one too, so that exp_core's result keeps a relative
 * error near 2^-64 even where y log|x| is large. The special cases follow
 * C99 F.9.4.4; the errors follow glibc.
 */
#include "libm.h"

/* 0 for a non-integer, 1 for an odd integer, 2 for an even one: from
 * the bits, where the unit's bit lies in the significand. */
static int integer_kind(double y)
{
	uint64_t u = asuint64(y);
	int e = exponent_bits(y) - 0x3ff;

	if (e < 0)
		return 0;	/* |y| < 1 (0 is handled before) */
	if (e > 52)
		return e == 0x400 ? 0 : 2;	/* inf, NaN; or even */
	if (e < 52 && u << (12 + e))
		return 0;	/* bits below the unit */
	if (e == 0)
		return 1;	/* +-1: the unit is the implicit bit */
	return u >> (52 - e) & 1 ? 1 : 2;
}

static double pow_special(double x, double y, int *done)
{
	int kind = integer_kind(y);
	double ax = __builtin_fabs(x);

	*done = 1;
	if (y == 0 || x == 1)
		return 1.0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(y)) {
		if (ax == 1)
			return 1.0;
		return (ax < 1) == (y < 0) ? __builtin_inf() : 0.0;
	}
	if (x == 0) {
		if (y > 0)
			return kind == 1 ? x : 0.0;
		return math_divzero(kind == 1 && __builtin_signbit(x));
	}
	if (__builtin_isinf(x)) {
		double r = y > 0 ? __builtin_inf() : 0.0;

		return kind == 1 && x < 0 ? -r : r;
	}
	if (x < 0 && kind == 0)
		return math_invalid(x);
	if (ax == 1)
		return kind == 1 ? x : 1.0;
	*done = 0;
	return 0;
}

double pow(double x, double y)
{
	int done, negative, scale;
	double r = pow_special(x, y, &done), hi, err;
	dd l, p;

	if (done)
		return r;
	/* Exponents whose answer is one correctly rounded operation. */
	if (y == 2.0 || y == -1.0 || y == 0.5) {
		r = y == 2.0 ? x * x : y == -1.0 ? 1.0 / x : sqrt_insn(x);
		if (__builtin_isinf(r) || r == 0)
			errno = ERANGE;
		return r;
	}
	if (y == 1.0)
		return x;
	negative = x < 0 && integer_kind(y) == 1;
	/* The fast way: log and exp in double arithmetic, the error of
	 * log|x| carried into exp's rounding test. */
	if (log_fast(__builtin_fabs(x), &l, &err)) {
		l = fast_two_sum(l.hi, l.lo);
		p = two_prod(y, l.hi);
		p = fast_two_sum(p.hi, p.lo + y * l.lo);
		if (__builtin_fabs(p.hi) < 708.0 && __builtin_fabs(p.hi) >= 0x1p-60 &&
		    exp_fast(p.hi, p.lo, __builtin_fabs(y) * err, negative, &r))
			return r;
	}
	l = log_dd(__builtin_fabs(x));
	hi = y * l.hi;
	if (hi > 710.0)
		return math_overflow(negative);
	if (hi < -746.0)
		return math_underflow(negative);
	p = two_prod(y, l.hi);
	p = fast_two_sum(p.hi, p.lo + y * l.lo);
	if (__builtin_fabs(p.hi) < 0x1p-60)	/* |x^y - 1| < 2^-60 */
		return negative ? -1.0 - p.hi : 1.0 + p.hi;
	if (exp_fast(p.hi, p.lo, 0.0, negative, &r))
		return r;
	p = exp_core(p.hi, p.lo, &scale);
	return exp_finish(p, scale, negative);
}
