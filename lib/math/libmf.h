/*
 * What the float functions share (expf.c, logf.c, powf.c): a float result
 * needs 24 bits, so they compute in plain double arithmetic with a
 * relative error near 2^-45, far under a float's 2^-24, and round once.
 * The rounding test below finds the rare argument (about one in 2^17)
 * whose double result lies too near a float or a float midpoint for that
 * rounding to be certain; the double-double kernels (exp_core, log_dd:
 * 2^-70) decide those, rounded once by dd_to_float. The kernels here use
 * exp.c's and log.c's tables.
 */
#ifndef LIB_MATH_LIBMF_H
#define LIB_MATH_LIBMF_H

#include "libm.h"
#include "tables.h"

/*
 * y, within err units in its last place of the exact value, rounds to the
 * same float wherever in that interval the exact value lies, in every
 * rounding mode: its 29 bits below a float's last are at least err away
 * from a float (0) and from a midpoint (2^28). For |y| a normal float
 * and err < 2^27.
 */
static inline int float_is_clear(double y, uint32_t err)
{
	return (((uint32_t)asuint64(y) + err) & 0x0fffffff) >= 2 * err;
}

/*
 * a.hi + a.lo (|a.lo| <= ulp(a.hi) / 2) rounded once to float in the
 * current rounding mode: a.hi + a.lo rounded to odd at 53 bits (toward
 * zero, the last bit set if inexact) keeps what a float's rounding needs,
 * so that its conversion rounds as the exact sum would. For |a.hi| below
 * FLT_MAX and above 2^-1000.
 */
static inline float dd_to_float(dd a)
{
	uint64_t u = asuint64(a.hi);

	if (a.lo != 0) {
		if ((a.lo < 0) != (a.hi < 0))
			u--;		/* toward zero */
		u |= 1;
	}
	return (float)asdouble(u);
}

/* 10^n, exactly, for n in [0, 10] (5^10 < 2^24). */
static inline float power_of_ten(int n)
{
	float p = 1.0f;

	while (n-- > 0)
		p *= 10.0f;
	return p;
}

/*
 * 2^(t / 128) for |t| < 2^14 and a normal float result. t = k + f with k
 * the nearest integer (in a directed rounding mode the next one in that
 * direction: |f| < 1); 2^(k / 128) is the high half of exp.c's table with
 * k >> 7 added to its exponent, and 2^(f / 128) = exp(r), r = f ln2 / 128,
 * is taken to r^4: the terms left out are under 2^-49 of the result where
 * |f| <= 1/2, 2^-44 where |f| < 1; the table's rounding, the polynomial's
 * and the product's add 2^-51. An error of t itself counts ln2 / 128 times.
 */
static inline double exp2_128(double t)
{
	double kd = t + ROUND_SHIFT;
	uint64_t ki = asuint64(kd);
	double r = (t - (kd - ROUND_SHIFT)) * (LN2_DD_HI / 128);
	double th = asdouble(asuint64(exp2_table[2 * (ki & (EXP_TABLE_SIZE - 1))]) +
			     (ki >> 7 << 52));
	double r2 = r * r;

	return th + th * (r + r2 * (0.5 + r * (1.0 / 6)) + r2 * r2 * (1.0 / 24));
}

/*
 * log(x) = k ln2 + the value returned, k in *k, for a normal double x > 0,
 * with log.c's table: x = 2^k m, m in [LOG_BASE, 2 LOG_BASE), log(x) = k
 * ln2 - log(invc) + log(1 + r), r = m invc - 1, |r| <= 2^-7, the series
 * to r^7. r's rounding (2^-53), the series' terms left out (r^8 / 8 <
 * 2^-59) and log(invc)'s rounding (2^-53 of it) leave an absolute error
 * below 2^-51; near 1, where invc = 1 and r = m - 1 exactly, a relative
 * one below 2^-50. 0 only at x = 1.
 */
static inline double log_kernel(double x, int *k)
{
	double m;
	const struct log_entry *c = log_reduce(asuint64(x), &m, k);
	double r = m * c->invc - 1.0, r2 = r * r;
	double p = r2 * (-0.5 + r * (1.0 / 3) + r2 * (-1.0 / 4 + r * (1.0 / 5) +
		   r2 * (-1.0 / 6 + r * (1.0 / 7))));

	return (c->logc_hi + r) + p;
}

/* log(1 + w) for w > -1, within 2^-46 of itself: the series to w^9
 * for |w| < 2^-5 (the rest under 2^-48 of it), else log_kernel of 1 + w
 * (rounded by 2^-53 unless exact, against |log(1 + w)| > 2^-5.1). */
static inline double log1p_kernel(double w)
{
	double w2, l;
	int k;

	if (__builtin_fabs(w) < 0x1p-5) {
		w2 = w * w;
		return w + w2 * ((-0.5 + w * (1.0 / 3)) + w2 * ((-1.0 / 4 + w * (1.0 / 5)) +
			w2 * ((-1.0 / 6 + w * (1.0 / 7)) + w2 * (-1.0 / 8 + w * (1.0 / 9)))));
	}
	l = log_kernel(1.0 + w, &k);
	return k * LN2_HI + (l + k * LN2_LO);
}

#endif
