/*
 * sinh, cosh, tanh from E = exp(|x|) and 1/E = exp(-|x|) as
 * double-doubles (exp_core, twice: faster than a double-double division),
 * tanh as (1 - G) / (1 + G) with G = exp(-2|x|); Taylor series below
 * 2^-5, where E - 1/E would cancel; exp_finish alone above 36, where 1/E
 * no longer matters (and e^x / 2 may be finite where e^x is not). cosh,
 * and sinh and tanh from 1 on, first try the same in double arithmetic
 * (exp_hilo) and Ziv's test.
 */
#include "libm.h"
#include "tables.h"

/*
 * exp(x) for |x| <= 44 as an unnormalised hi + lo in double arithmetic:
 * exp_core's reduction (x = k ln2/128 + r, |r| <= ln2/256 in every
 * rounding mode, r a double-double) and table, exp(r) - 1 = r + r^2/2 +
 * ... to r^6, the scale put on by exact multiplies. Within 2^-59.4 of the
 * result in round-to-nearest (the roundings of q, of th q and of tl + th
 * q, 2^-61 each; 2^-59.65 measured against exp_core), twice that in the
 * directed modes; the terms left out are below 2^-66.
 */
static dd exp_hilo(double x)
{
	int k = exp_index(x), j = k & (EXP_TABLE_SIZE - 1);
	double kd = k, th = exp2_table[2 * j], tl = exp2_table[2 * j + 1];
	double f = asdouble((uint64_t)(0x3ff + (k >> 7)) << 52), r2, q;
	dd r = fast_two_sum(x - kd * LN2_128_HI, -kd * LN2_128_LO), e;

	r2 = r.hi * r.hi;
	q = r.hi + (r.lo + r2 * ((0.5 + r.hi * (1.0 / 6)) + r2 * ((1.0 / 24 +
		r.hi * (1.0 / 120)) + r2 * (1.0 / 720))));
	e.hi = th * f;
	e.lo = (tl + th * q) * f;
	return e;
}

/* exp(x) as a double-double, for 2^-5 <= |x| <= 44. */
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
	dd e, d, s;

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
	if (ax >= 1.0) {
		/* E - 1/E from exp_hilo: 2^-58.4 of E + 1/E, below 2^-58 of
		 * the difference (coth 1 < 1.32). */
		e = exp_hilo(ax);
		d = exp_hilo(-ax);
		s = two_sum(e.hi, -d.hi);
		s.lo += e.lo - d.lo;
		if (x < 0) {
			s.hi = -s.hi;
			s.lo = -s.lo;
		}
		if (round_is_clear(s.hi, s.lo, __builtin_fabs(s.hi) * 0x1p-57))
			return 0.5 * (s.hi + s.lo);
	}
	e = exp_dd(ax);
	d = exp_dd(-ax);
	d = dd_add(e, (dd){ -d.hi, -d.lo });
	return copysign(0.5 * (d.hi + d.lo), x);
}

double cosh(double x)
{
	double ax = __builtin_fabs(x);
	int scale;
	dd e, d, s;

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
	/* First E + 1/E from exp_hilo, within 2^-58 (any rounding mode). */
	e = exp_hilo(ax);
	d = exp_hilo(-ax);
	s = two_sum(e.hi, d.hi);
	s.lo += e.lo + d.lo;
	if (round_is_clear(s.hi, s.lo, s.hi * 0x1p-58))
		return 0.5 * (s.hi + s.lo);
	e = exp_dd(ax);
	d = dd_add(e, exp_dd(-ax));
	return 0.5 * (d.hi + d.lo);
}

double tanh(double x)
{
	double ax = __builtin_fabs(x), x2;
	dd e, n, d, q;

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
	if (ax >= 1.0) {
		/* (1 - G) / (1 + G) from exp_hilo, the quotient with its
		 * residual: G's error (2^-58.4 of G < e^-2) moves the result
		 * by less than 2^-59.9 of it. */
		double q0, qe;

		e = exp_hilo(-2 * ax);
		n = fast_two_sum(1.0, -e.hi);
		n = fast_two_sum(n.hi, n.lo - e.lo);
		d = fast_two_sum(1.0, e.hi);
		d = fast_two_sum(d.hi, d.lo + e.lo);
		q0 = n.hi / d.hi;
		q = two_prod(q0, d.hi);
		qe = ((n.hi - q.hi) - q.lo + n.lo - q0 * d.lo) / d.hi;
		if (x < 0) {
			q0 = -q0;
			qe = -qe;
		}
		if (round_is_clear(q0, qe, __builtin_fabs(q0) * 0x1p-59))
			return q0 + qe;
	}
	e = exp_dd(-2 * ax);
	n = dd_add_d((dd){ -e.hi, -e.lo }, 1.0);
	d = dd_add_d(e, 1.0);
	q = dd_div(n, d);
	return copysign(q.hi + q.lo, x);
}
