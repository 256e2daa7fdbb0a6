/*
 * The logarithms' shared fast path (log, log2, log10, log1p): log_b(x)
 * in double arithmetic, without an exact product, and a rounding test.
 *
 * x = 2^k m as log_reduce splits it, m in one of log_table's 128
 * intervals, invc ~ 1 / its midpoint with 12 bits (log_base_entry), so
 *   log_b(x) = k L + T + C log(1 + r),  r = m invc - 1, |r| < 2^-7.97,
 * with L = log_b(2), T = -log_b(invc) from the table and C = 1 / ln(b).
 * m = mh + ml with mh m cut to 24 bits: mh invc is exact, and so is
 * rh = mh invc - 1, a multiple of 2^-35; rl = ml invc is within 2^-76
 * of its value. A low part d of the argument (x + d, log1p's 1 + x)
 * joins ml as d 2^-k. k L_hi + T_hi is a multiple of 2^-42 (both are),
 * and so is rh C_hi (C_hi a multiple of 2^-6, 1 for log): the head, their
 * sum, is exact (below 2^11). The tail holds the rest, below 2^-14.5:
 * C rl + C_lo rh + k L_lo + T_lo + C r^2 P(r), P of degree 5 (within
 * 2^-70.8 of (log(1 + r) - r) / r^2).
 *
 * The tail's error, in any rounding mode: C_lo rh and the two sums
 * before p round by at most 2^-67 each, r = rh + rl by 2^-60 (2^-67.5
 * once times C r), the polynomial by 2^-50.3 of its value (at most
 * C r^2 / 2 1.01), the truncation 2^-70.3: below 2^-65.1 + 2^-51 C r^2,
 * or 2^-67.9 + 2^-51 C r^2 when C_lo = 0 (log, log1p: C rl, T_lo and
 * k L_lo are small). log_base_fast's test adds the two last roundings.
 */
#ifndef LIB_MATH_LOG_BASE_H
#define LIB_MATH_LOG_BASE_H

#include "libm.h"
#include "tables.h"

/* x normal, finite and > 0. */
static inline int log_is_normal_positive(uint64_t u)
{
	return u - 0x0010000000000000ULL < 0x7ff0000000000000ULL - 0x0010000000000000ULL;
}

/* The reduction for x = asdouble(u) normal > 0 (+ d, |d| <= 2^-52 x, for
 * -1022 <= k <= 1022 when d != 0): k, the entry of m's interval in table,
 * rh and rl; returns u - LOG_BASE_BITS, whose bits give the interval. */
static __attribute__((always_inline)) inline uint64_t
log_base_reduce(uint64_t u, double d, const struct log_base_entry *table,
		const struct log_base_entry **e, int *k, double *rh, double *rl)
{
	uint64_t t = u - LOG_BASE_BITS, ke = t & 0xfff0000000000000ULL;
	uint64_t mu = u - ke;
	double m = asdouble(mu), mh = asdouble(mu & 0xffffffffe0000000ULL);
	double ml = m - mh;

	*k = (int)((int64_t)t >> 52);
	*e = &table[t >> 45 & (LOG_TABLE_SIZE - 1)];
	if (!__builtin_constant_p(d) || d != 0)
		ml += d * asdouble(0x3ff0000000000000ULL - ke);	/* d 2^-k */
	*rh = mh * (*e)->invc - 1.0;
	*rl = ml * (*e)->invc;
	return t;
}

/* k = 0 and m in interval 74 or 75, beside 1 (invc = 1). */
static inline int log_base_near_one(uint64_t t)
{
	return t >> 46 == 37;
}

/* C r^2 P(r) (the coefficients times C fold into constants). */
static __attribute__((always_inline)) inline double
log_base_poly(double r, double cc)
{
	double r2 = r * r, r4 = r2 * r2;

	return r2 * ((cc * -0x1p-1 + r * (cc * 0x1.5555555555556p-2)) +
		     r2 * (cc * -0x1.ffffffff6593fp-3 + r * (cc * 0x1.999999991055fp-3)) +
		     r4 * (cc * -0x1.5556e2fd2aa43p-3 + r * (cc * 0x1.2493aa9d57614p-3)));
}

/*
 * log_b(x + d) rounded into *y and 1 when the rounding test passes; else
 * 0. c_lo == 0 drops C_lo's product (log, log1p: C = 1), l_lo == 0 k
 * L_lo's (log2). The test brackets the result with the bound put into
 * the early part of the tail, so that only the last two sums wait for
 * the polynomial: y+ = head + ((q + err) + p) and y- = head + ((q - err)
 * + p), q = the tail but p. Rounding is monotone: y+ is at least the
 * rounded upper end of the result's interval once err covers the tail's
 * error and the two roundings of (q + err) + p (2^-66 together, 2^-68
 * when C = 1), and likewise y-; when they are equal, y+ is the result
 * rounded. The bound is absolute: where |log_b x| is tiny, beside 1, the
 * test fails.
 */
static __attribute__((always_inline)) inline int
log_base_fast(uint64_t u, double d, const struct log_base_entry *table,
	      double l_hi, double l_lo, double c_hi, double c_lo, double *y)
{
	const struct log_base_entry *e;
	double rh, rl, r, p, q, hi, err, ya, yb, cc = c_hi + c_lo;
	int k;

	log_base_reduce(u, d, table, &e, &k, &rh, &rl);
	r = rh + rl;
	p = log_base_poly(r, cc);
	q = c_hi == 1 && c_lo == 0 ? rl : rl * cc;
	if (c_lo != 0)
		q += rh * c_lo;
	if (l_lo != 0)
		q += k * l_lo + e->lo;
	else
		q += e->lo;
	hi = (k * l_hi + e->hi) + (c_hi == 1 ? rh : rh * c_hi);	/* exact */
	err = (c_lo != 0 ? 0x1p-64 : 0x1p-66) + r * r * (cc * 0x1p-50);
	ya = hi + ((q + err) + p);
	yb = hi + ((q - err) + p);
	if (ya != yb)
		return 0;
	*y = ya;
	return 1;
}

#endif
