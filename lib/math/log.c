/*
 * log, and the double-double logarithms: log_dd, which log2, log10,
 * log1p, the inverse hyperbolic functions and lgamma share, and
 * log_accurate, pow's.
 *
 * x = 2^k m with m in [0.707, 1.414) (LOG_BASE_BITS), split by its top
 * bits into 128 intervals; with c the table's value for m's interval,
 * log(x) = k ln2 - log(invc) + log(1 + r), r = m invc - 1, computed
 * exactly (two_prod). |r| <= 2^-7. The intervals beside 1 have invc = 1,
 * so that log(x) stays accurate however close x is to 1.
 *
 * log_dd sums the Taylor series of log(1 + r) to r^11 from r^3 on in
 * double: within about 2^-67 of log x, relative (r^3/3 rounded to
 * double errs by 2^-53 r^3/3, as much as 2^-75 where x is near 1 + 2^-7
 * and log x near 2^-7).
 *
 * log_accurate takes the series to r^14 (the rest below 2^-108), its
 * terms to r^7 by Horner's rule in double-double, those above in
 * double, and k ln2 in three parts: within 2^-101 of log x, relative
 * (measured against MPFR near 1 and over the whole range), since pow
 * multiplies it by y, up to 2^20 near 1. Five times log_dd's time.
 */
#include "libm.h"
#include "tables.h"
#include "log_base.h"

/* x = 2^k m, finite > 0, subnormal too: m's log_table entry, k, and
 * r = m invc - 1 exactly. */
static inline dd log_dd_reduce(double x, const struct log_entry **c, int *k)
{
	uint64_t u = asuint64(x);
	int sub = 0;
	double m;
	dd p;

	if (u < 0x0010000000000000ULL) {	/* subnormal */
		u = asuint64(x * 0x1p64);
		sub = -64;
	}
	*c = log_reduce(u, &m, k);
	*k += sub;
	p = two_prod(m, (*c)->invc);
	return fast_two_sum(p.hi - 1.0, p.lo);	/* p.hi - 1 exact */
}

dd log_dd(double x)
{
	int k;
	const struct log_entry *c;
	double q, lo;
	dd r = log_dd_reduce(x, &c, &k), sq, a, b, s;

	sq = two_prod(r.hi, r.hi);
	q = r.hi * sq.hi * (1.0 / 3 - r.hi * (1.0 / 4 - r.hi * (1.0 / 5 -
		r.hi * (1.0 / 6 - r.hi * (1.0 / 7 - r.hi * (1.0 / 8 -
		r.hi * (1.0 / 9 - r.hi * (1.0 / 10 - r.hi * (1.0 / 11)))))))));

	a = two_sum(k * LN2_HI, c->logc_hi);
	b = two_sum(a.hi, r.hi);
	s = two_sum(b.hi, -0.5 * sq.hi);
	lo = a.lo + b.lo + s.lo + k * LN2_LO + c->logc_lo + r.lo +
	     (-0.5 * sq.lo - r.hi * r.lo) + q;
	return fast_two_sum(s.hi, lo);
}

/* c + r a, |r a| < |c| / 64, in double-double. */
static inline dd log_horner_step(dd c, dd r, dd a)
{
	dd p = two_prod(r.hi, a.hi), s = fast_two_sum(c.hi, p.hi);

	s.lo += c.lo + (p.lo + (r.hi * a.lo + r.lo * a.hi));
	return fast_two_sum(s.hi, s.lo);
}

/* log(1 + r) for |r| <= 2^-7, r = r.hi + r.lo. */
static dd log1p_series_dd(dd r)
{
	static const dd c[] = {	/* 1/7, -1/6, 1/5, -1/4, 1/3, -1/2, 1 */
		{ 0x1.2492492492492p-3, 0x1.2492492492492p-57 },
		{ -0x1.5555555555555p-3, -0x1.5555555555555p-57 },
		{ 0x1.999999999999ap-3, -0x1.999999999999ap-57 },
		{ -0x1p-2, 0 },
		{ 0x1.5555555555555p-2, 0x1.5555555555555p-56 },
		{ -0x1p-1, 0 },
		{ 1.0, 0 },
	};
	double h = r.hi, t;
	dd a;
	int i;

	t = -1.0 / 8 + h * (1.0 / 9 - h * (1.0 / 10 - h * (1.0 / 11 -
		h * (1.0 / 12 - h * (1.0 / 13 - h * (1.0 / 14))))));
	a = (dd){ t, 0 };
	for (i = 0; i < 7; i++)
		a = log_horner_step(c[i], r, a);
	return dd_mul(r, a);
}

dd log_accurate(double x)
{
	int k;
	const struct log_entry *c;
	dd r = log_dd_reduce(x, &c, &k), p, a, b;

	/* k ln2 - log(invc): k LN2_HI exact, k LN2_LO by two_prod (it is
	 * as large as 2^-35), the sum of the low parts within 2^-104. */
	a = two_sum(k * LN2_HI, c->logc_hi);
	p = two_prod(k, LN2_LO);
	b = two_sum(a.hi, p.hi);
	b.lo += (a.lo + c->logc_lo) + (p.lo + k * LN2_LO2);
	return dd_add(fast_two_sum(b.hi, b.lo), log1p_series_dd(r));
}

/*
 * The same reduction in double arithmetic, the series to r^8: log(x) as
 * an unnormalised hi + lo and its error bound, 2^-66 plus 2^-50 of the
 * series' value (which bounds the roundings where x is near 1). For
 * finite x > 0; x subnormal leaves it to log_dd (returns 0).
 */
__attribute__((always_inline)) inline int log_fast(double x, dd *y, double *err)
{
	uint64_t u = asuint64(x);
	double m, rh, rl, q;
	int k;
	const struct log_entry *c = log_reduce(u, &m, &k);
	dd p, a, b;

	if (u < 0x0010000000000000ULL)
		return 0;
	p = two_prod(m, c->invc);
	rh = p.hi - 1.0;	/* exact: p.hi is within 2^-7 of 1 */
	rl = p.lo;
	q = rh * rh * (-0.5 + rh * (1.0 / 3 + rh * (-1.0 / 4 + rh * (1.0 / 5 +
		rh * (-1.0 / 6 + rh * (1.0 / 7 + rh * (-1.0 / 8)))))));
	a = two_sum(k * LN2_HI, c->logc_hi);
	b = two_sum(a.hi, rh);
	y->hi = b.hi;
	y->lo = a.lo + b.lo + rl + k * LN2_LO + c->logc_lo + (q - rh * rl);
	*err = 0x1p-66 + __builtin_fabs(q) * 0x1p-50;
	return 1;
}

dd log_of_dd(dd t)
{
	dd l = log_dd(t.hi), s = two_sum(l.hi, t.lo / t.hi);

	return fast_two_sum(s.hi, s.lo + l.lo);
}

/* The cases every logarithm shares: NaN, 0, negative, inf. Returns 1
 * when *y is the answer. */
int log_special(double x, double *y)
{
	if (__builtin_isgreater(x, 0.0) && __builtin_isless(x, __builtin_inf()))
		return 0;
	if (__builtin_isnan(x))
		*y = x + x;
	else if (x == 0)
		*y = math_divzero(1);
	else if (x < 0)
		*y = math_invalid(x);
	else
		*y = x;		/* +inf */
	return 1;
}

/*
 * log's own paths. k != 0 (|log x| > 0.34): log_base.h's reduction on
 * logn_table without the rounding test, the head k LN2_HI + T_hi + rh
 * exact and the tail within 2^-62.4 (log_base.h's bound with this
 * shorter polynomial), so within 0.5 + 2^-8.4 ulp. k = 0 away from 1: log_base_fast, else log_dd. m beside 1 (x in
 * [1 - 2^-8, 1 + 2^-7)): r = x - 1 exact and the series to r^9 (the rest
 * is below 2^-66 of the result), within 0.51 ulp.
 */
/* r^2 P(r), P of degree 4 within 2^-62.6 of (log(1 + r) - r) / r^2 on
 * log_base.h's interval (scripts/libm-tables.py, LOG_DIRECT_POLY). */
static inline double log_direct_poly(double r)
{
	double r2 = r * r;

	return r2 * ((-0x1p-1 + r * 0x1.55555555244f8p-2) +
		     r2 * (-0x1.ffffffffaa35cp-3 + r * 0x1.999b1451a287fp-3 +
			   r2 * -0x1.5556a0b664c61p-3));
}

static double log_near_one(double x)
{
	double r = x - 1.0, r2 = r * r, r4 = r2 * r2;

	return r + r2 * ((-0.5 + r * (1.0 / 3)) + r2 * (-0.25 + r * (1.0 / 5)) +
			 r4 * ((-1.0 / 6 + r * (1.0 / 7)) + r2 * (-1.0 / 8 + r * (1.0 / 9))));
}

/* The rest of log: k = 0, subnormal and special x. */
static __attribute__((noinline)) double log_rest(double x)
{
	uint64_t u = asuint64(x);
	double y;
	dd r;

	if (log_is_normal_positive(u)) {
		if (log_base_near_one(u - LOG_BASE_BITS))
			return log_near_one(x);
		if (log_base_fast(u, 0.0, logn_table, LN2_HI, LN2_LO, 1.0, 0.0, &y))
			return y;
	} else if (log_special(x, &y))
		return y;
	r = log_dd(x);
	return r.hi + r.lo;
}

double log(double x)
{
	uint64_t u = asuint64(x);
	const struct log_base_entry *e;
	double rh, rl;
	int k;

	if (__builtin_expect(log_is_normal_positive(u), 1)) {
		log_base_reduce(u, 0.0, logn_table, &e, &k, &rh, &rl);
		if (__builtin_expect(k != 0, 1))
			return (k * LN2_HI + e->hi + rh) +
			       ((rl + (k * LN2_LO + e->lo)) + log_direct_poly(rh + rl));
	}
	return log_rest(x);
}
