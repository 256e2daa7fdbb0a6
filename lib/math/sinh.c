/*
 * sinh, cosh, tanh. From 2^-5 on, in double arithmetic and Ziv's test
 * (expm1.h): sinh and cosh from one reduction giving both e^|x| and
 * e^-|x| (exp_pair; cosh_fast takes e^-|x| with less care), tanh as
 * E / (E + 2) with E = expm1(2|x|)
 * (expm1_kernel), the quotient with its residual. Where the test fails,
 * the accurate path: E = exp(|x|) and 1/E = exp(-|x|) as double-doubles
 * (exp_core, twice: faster than a double-double division), tanh as
 * (1 - G) / (1 + G) with G = exp(-2|x|). Taylor series below 2^-5, where
 * E - 1/E would cancel; exp_finish alone above 36, where 1/E no longer
 * matters (and e^x / 2 may be finite where e^x is not).
 */
#include "libm.h"
#include "expm1.h"

/* exp(x) as a double-double, for 2^-5 <= |x| <= 44. */
static dd exp_dd(double ax)
{
	int scale;
	dd r = exp_core(ax, 0.0, &scale);
	double f = pow2(scale);

	r.hi *= f;
	r.lo *= f;
	return r;
}

/*
 * e^ax + e^-ax (sign 1) or e^ax - e^-ax (sign -1), negated if negative,
 * for 2^-5 <= ax <= 36, rounded into *y and 1; 0 where the rounding is
 * in doubt. Each exponential is within 2^-66 of itself, so the sum or
 * difference is within 2^-66 of e^ax + e^-ax.
 */
static inline __attribute__((always_inline)) int exp_sum(double ax,
		double sign, int negative, double *y)
{
	dd p, n, s;

	exp_pair(ax, &p, &n);
	s = fast_two_sum(p.hi, sign * n.hi);
	s.lo += p.lo + sign * n.lo;
	if (negative) {
		s.hi = -s.hi;
		s.lo = -s.lo;
	}
	if (!round_is_clear(s.hi, s.lo, (p.hi + n.hi) * 0x1p-66))
		return 0;
	*y = s.hi + s.lo;
	return 1;
}

/*
 * cosh(ax) for 2^-5 <= ax <= 36, rounded into *y and 1; 0 where the
 * rounding is in doubt. Where the two exponentials are added no digits
 * cancel, so e^-ax = 2^(-k/128) e^-r needs less: the table's head plus
 * th (e^-r - 1) + tl in plain double arithmetic, within 2^-58.5 of
 * itself (r's rounding and three more, each below 2^-61.4 of th, and tl
 * (e^-r - 1) left out, below 2^-61), beside e^ax within 2^-66 (exp_table_sum).
 */
static inline __attribute__((always_inline)) int cosh_fast(double ax,
		double *y)
{
	double r1, rt, r, r2, ev, od, th, tl, f, g;
	int k = exp_split(ax, &r1, &rt, &r), j = -k & (EXP_TABLE_SIZE - 1);
	dd p, s;

	r2 = r * r;
	ev = r2 * (0.5 + r2 * (1.0 / 24 + r2 * (1.0 / 720)));
	od = r * r2 * (1.0 / 6 + r2 * (1.0 / 120 + r2 * (1.0 / 5040)));
	p = exp_table_sum(k & (EXP_TABLE_SIZE - 1), 0.0, r1, rt, r, ev + od);
	th = exp2_table[2 * j];
	tl = exp2_table[2 * j + 1] + th * ((ev - od) - r);
	f = pow2(k >> 7);
	g = pow2(-k >> 7);
	s = fast_two_sum(p.hi * f, th * g);
	s.lo += p.lo * f + tl * g;
	if (!round_is_clear(s.hi, s.lo, (p.hi * f) * 0x1p-66 +
					(th * g) * 0x1p-58))
		return 0;
	*y = s.hi + s.lo;
	return 1;
}

static double tiny(double x)
{
	if (x != 0 && __builtin_fabs(x) < DBL_MIN)
		force_eval(opaque(x) * x);	/* underflow */
	return x == 0 ? x : x + x * 0x1p-60;
}

double sinh(double x)
{
	double ax = __builtin_fabs(x), x2, y;
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
	if (exp_sum(ax, -1.0, x < 0, &y))
		return 0.5 * y;
	e = exp_dd(ax);
	d = exp_dd(-ax);
	d = dd_add(e, (dd){ -d.hi, -d.lo });
	return copysign(0.5 * (d.hi + d.lo), x);
}

double cosh(double x)
{
	double ax = __builtin_fabs(x), y;
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
	if (cosh_fast(ax, &y))
		return 0.5 * y;
	e = exp_dd(ax);
	d = dd_add(e, exp_dd(-ax));
	return 0.5 * (d.hi + d.lo);
}

/*
 * tanh(ax), negated if negative, for 2^-5 <= ax <= 18, into *y and 1; 0
 * where the rounding is in doubt. E = expm1(2 ax) = 2^s (hi + lo) within
 * d = 2^(s - 66); the quotient E / D, D = E + 2, as q0 + qe with its
 * residual (q0 D.hi split by masking, within 2^-104). An error d in E
 * moves E / (E + 2) by 2 d / D^2.
 */
static inline __attribute__((always_inline)) int tanh_fast(double ax,
		int negative, double *y)
{
	int s;
	dd e = expm1_kernel(2 * ax, &s), d, p;
	double f = pow2(s), eh, el, inv, q0, qe, err;

	e = fast_two_sum(e.hi, e.lo);	/* the quotient wants |el| <= ulp(eh) */
	eh = e.hi * f;
	el = e.lo * f;
	d = two_sum(eh, 2.0);
	d.lo += el;
	inv = 1.0 / d.hi;
	q0 = eh * inv;
	p = mul_masked(q0, d.hi);
	qe = (((eh - p.hi) - p.lo + el) - q0 * d.lo) * inv;
	err = (0x1p-65 * f) * (inv * inv) + 0x1p-100 * q0;
	if (negative) {
		q0 = -q0;
		qe = -qe;
	}
	if (!round_is_clear(q0, qe, err))
		return 0;
	*y = q0 + qe;
	return 1;
}

double tanh(double x)
{
	double ax = __builtin_fabs(x), x2, y;
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
	if (ax <= 18.0 && tanh_fast(ax, x < 0, &y))
		return y;
	e = exp_dd(-2 * ax);
	n = dd_add_d((dd){ -e.hi, -e.lo }, 1.0);
	d = dd_add_d(e, 1.0);
	q = dd_div(n, d);
	return copysign(q.hi + q.lo, x);
}
