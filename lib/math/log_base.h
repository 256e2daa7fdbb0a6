/*
 * The fast path that log2, log10 and log1p share: log_b(x) in double
 * arithmetic, without an exact product, and a rounding test.
 *
 * x = 2^k m as log_reduce splits it, m in one of log_table's 128
 * intervals, invc ~ 1 / its midpoint with 12 bits (log_base_entry), so
 *   log_b(x) = k L + T + C log(1 + r),  r = m invc - 1, |r| < 2^-7.6,
 * with L = log_b(2), T = -log_b(invc) from the table and C = 1 / ln(b).
 * m = mh + ml with mh m cut to 24 bits: mh invc is exact, and so is
 * rh = mh invc - 1, which has at most 28 bits; rl = ml invc is within
 * 2^-76 of its value. k L_hi + T_hi is exact (both multiples of 2^-42)
 * and so is rh C_hi (C_hi with 25 bits): the head of the result is
 * their exact sum, and the tail holds the rest, all below 2^-15:
 * C (rl + r^2 P(r)) with Taylor's P to r^8 (truncation below 2^-72),
 * C_lo r, k L_lo and T_lo.
 *
 * The bound of the tail's error, 2^-70 plus 2^-49 of r^2 P(r) (its
 * roundings, and those of r = rh + rl in it), is the one the rounding
 * test takes; test/host/libm_accuracy.c's runs and the measure of the
 * fast path against MPFR (the commit that added it) leave it a margin of
 * 2^3 or more. The intervals beside 1 with k = 0 (|log x| may be tiny)
 * are left to the caller (returns 0), as is a failed test.
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

/* log_b(x) for the bits u of a normal x > 0, plus C tail (|tail| <=
 * 2^-52), as an unnormalised y->hi + y->lo within *err; 0 (nothing
 * written) where k = 0 and m lies beside 1. c_lo == 0 drops C_lo's
 * product (log itself, C = 1). */
static __attribute__((always_inline)) inline int
log_base_parts(uint64_t u, const struct log_base_entry *table, double l_hi,
	       double l_lo, double c_hi, double c_lo, double tail, dd *y,
	       double *err)
{
	uint64_t t = u - LOG_BASE_BITS, mu = u - (t & 0xfff0000000000000ULL);
	int k = (int)((int64_t)t >> 52);
	const struct log_base_entry *e = &table[t >> 45 & (LOG_TABLE_SIZE - 1)];
	double m = asdouble(mu), mh = asdouble(mu & 0xffffffffe0000000ULL);
	double rh, rl, r, r2, r4, p, a, s, lin, cc;

	if (t >> 46 == 37)	/* k = 0, intervals 74 and 75 */
		return 0;
	rh = mh * e->invc - 1.0;
	rl = (m - mh) * e->invc;
	r = rh + rl;
	r2 = r * r;
	r4 = r2 * r2;
	cc = c_hi + c_lo;	/* folded: the coefficients times C */
	p = r2 * ((cc * -0x1p-1 + r * (cc * 0x1.5555555555556p-2)) +
		  r2 * (cc * -0x1.ffffffff6593fp-3 + r * (cc * 0x1.999999991055fp-3)) +
		  r4 * (cc * -0x1.5556e2fd2aa43p-3 + r * (cc * 0x1.2493aa9d57614p-3)));
	a = k * l_hi + e->hi;
	s = a + rh * c_hi;
	lin = rl;
	if (!__builtin_constant_p(tail) || tail != 0)
		lin += tail;
	lin *= c_hi;
	if (c_lo != 0)
		lin += r * c_lo;
	if (l_lo != 0)
		lin += k * l_lo;
	y->hi = s;
	y->lo = ((a - s) + rh * c_hi) + ((lin + e->lo) + p);
	*err = 0x1p-69 + __builtin_fabs(p) * 0x1p-48;
	return 1;
}

/* The same, rounded into *y and 1 when the rounding test passes; else 0. */
static __attribute__((always_inline)) inline int
log_base_fast(uint64_t u, const struct log_base_entry *table, double l_hi,
	      double l_lo, double c_hi, double c_lo, double tail, double *y)
{
	dd r;
	double err;

	if (!log_base_parts(u, table, l_hi, l_lo, c_hi, c_lo, tail, &r, &err) ||
	    !round_is_clear(r.hi, r.lo, err))
		return 0;
	*y = r.hi + r.lo;
	return 1;
}

#endif
