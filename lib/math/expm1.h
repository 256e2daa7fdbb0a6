/*
 * The fast kernels that expm1.c and sinh.c share: 2^(k/128) e^r - off
 * in double arithmetic, on exp.c's reduction (x = k ln2/128 + r, |r| <=
 * ln2/256) and exp2_table, with the one large product exact without an
 * fma: the table entry th and r are cut to 26-bit heads t1 and r1, so
 * that t1 r1 is exact, and so is t1 - off for the powers of two off =
 * 2^-s, -27 <= s <= 52, that expm1 takes away.
 *
 * The result, hi + lo, is within 2^-66 (absolute, in every rounding
 * mode) of 2^(j/128) e^r - off: the roundings of q, of t1 (rt + q) and
 * of the sums, each below 2^-70 (|q| < 2^-18, |th| < 2), r's rounding
 * (2^-61.5) through q (2^-70), and the terms past r^6 (2^-72).
 */
#ifndef LIB_MATH_EXPM1_H
#define LIB_MATH_EXPM1_H

#include "libm.h"
#include "tables.h"

/* x = k ln2/128 + r: k returned; r = r1 + rt with r1 r's 26-bit head
 * (exact: x - k LN2_128_HI is), and r rounded. For |x| < 2^12. k by
 * adding 1.5 2^52, so that |r| <= ln2/256 in round-to-nearest (in a
 * directed rounding mode k may be the other neighbour: |r| < ln2/128). */
static inline __attribute__((always_inline)) int exp_split(double x,
		double *r1, double *rt, double *r)
{
	double t = x * INV_LN2_128 + ROUND_SHIFT, kd = t - ROUND_SHIFT;
	double rh = x - kd * LN2_128_HI, rl = kd * -LN2_128_LO;

	*r = rh + rl;
	*r1 = high_half(rh);
	*rt = (rh - *r1) + rl;
	return (int32_t)asuint64(t);
}

/* 2^(j/128) (1 + r1 + rt + q) - off as an unnormalised hi + lo, where
 * e^r - 1 = r1 + rt + q (q the terms from r^2 on, r = r1 + rt rounded); |t1 - off| >= |t1 r1|
 * (true for off = 0, and for expm1's off where |x| >= 2^-8). */
static inline __attribute__((always_inline)) dd exp_table_sum(int j,
		double off, double r1, double rt, double r, double q)
{
	double th = exp2_table[2 * j];
	double t1 = high_half(th);
	double t2 = (th - t1) + exp2_table[2 * j + 1];
	dd s = fast_two_sum(t1 - off, t1 * r1);

	s.lo += t1 * (rt + q) + (t2 + t2 * (r + q));
	return s;
}

/* expm1(x) = 2^*scale (hi + lo) for 2^-8 <= |x|, -18 < x < 36, within
 * 2^(*scale - 66). */
static inline __attribute__((always_inline)) dd expm1_kernel(double x,
		int *scale)
{
	double r1, rt, r, r2, q;
	int k = exp_split(x, &r1, &rt, &r), s = k >> 7;

	r2 = r * r;
	q = r2 * ((0.5 + r * (1.0 / 6)) +
		  r2 * ((1.0 / 24 + r * (1.0 / 120)) + r2 * (1.0 / 720)));
	*scale = s;
	return exp_table_sum(k & (EXP_TABLE_SIZE - 1), pow2(-s), r1, rt, r, q);
}

/* e^x into *p and e^-x into *n, each as an unnormalised hi + lo within
 * 2^-66 of itself, for 2^-5 <= x <= 36: one reduction, e^-x = 2^(-k/128)
 * e^-r from the same r and the even and odd parts of one series. */
static inline __attribute__((always_inline)) void exp_pair(double x,
		dd *p, dd *n)
{
	double r1, rt, r, r2, ev, od, f;
	int k = exp_split(x, &r1, &rt, &r), kn = -k;

	r2 = r * r;
	ev = r2 * (0.5 + r2 * (1.0 / 24 + r2 * (1.0 / 720)));
	od = r * r2 * (1.0 / 6 + r2 * (1.0 / 120 + r2 * (1.0 / 5040)));
	*p = exp_table_sum(k & (EXP_TABLE_SIZE - 1), 0.0, r1, rt, r, ev + od);
	*n = exp_table_sum(kn & (EXP_TABLE_SIZE - 1), 0.0, -r1, -rt, -r, ev - od);
	f = pow2(k >> 7);
	p->hi *= f;
	p->lo *= f;
	f = pow2(kn >> 7);
	n->hi *= f;
	n->lo *= f;
}

#endif
