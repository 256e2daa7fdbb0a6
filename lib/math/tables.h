/*
 * The tables and constants of lib/math/ (tables.c and the defines below
 * come from scripts/libm-tables.py: mpmath, rounded to nearest). Names
 * ending _HI/_LO are double-doubles; PIO2_1..4 and LN2_HI.. are pieces
 * with trailing zeros, so that n * piece is exact for the n that use them.
 */
#ifndef LIB_MATH_TABLES_H
#define LIB_MATH_TABLES_H

#include <stdint.h>
#include "libm.h"

#define EXP_TABLE_SIZE		128	/* exp2_table: 2^(j/128) hi, lo */
#define LOG_TABLE_SIZE		128
#define LOG_BASE_BITS		0x3fe6a00000000000ULL	/* ~ 0.70703 */
#define ATAN_TABLE_SIZE		16	/* atan_table: atan(j/16) hi, lo */
#define TWO_OVER_PI_WORDS	48
#define ERF_TABLE_SIZE		95	/* erf_table: Taylor at j/16, j = 1.. */
#define SIN_PI32_TABLE_SIZE	64	/* sin_pi32_table: sin(j pi/32) */
#define SINCOS_TABLE_SIZE	104	/* sincos_table: sin, cos(j/128) hi, lo */
#define ERF_ROW			16	/* erf, erfc, a1 (double-doubles), a2..a11 */
#define TAYLOR_FIRST		8	/* asin_table, atan_taylor_table: */
#define ASIN_TABLE_SIZE		121	/* Taylor at (i + 1/2)/256, i = 8..128 */
#define ATAN_TAYLOR_SIZE	249	/* and i = 8..256 */
#define TAYLOR_ROW		10	/* f, f' (double-doubles), a2..a7 */
#define SIN_PI128_TABLE_SIZE	256	/* sin_pi128_table: sin(j pi/128) */
#define ERFC_TABLE_SIZE		107	/* erfc_table: g = erfc e^(x^2), 1/4..27 */
#define ERFC_ROW		13	/* c0, c1 (hi with 6 bits), c2..c10 */
#define ERF_FAST_TABLE_SIZE	104	/* erf_fast_table: erf, 1/16..6 */
#define LGAMMA_TABLE_SIZE	128	/* lgamma_table: lgamma, 1/2..128 */
#define LGAMMA_ROW		14	/* ERFC_ROW's and an error bound */

struct log_entry {
	double invc;		/* ~ 1 / the interval's midpoint */
	double logc_hi, logc_lo;	/* -log(invc) */
	double c_hi, c_lo;		/* 1 / invc */
};

/* pow's log (pow.c): its own intervals, invc with 13 bits. */
#define POW_LOG_TABLE_SIZE	128
#define POW_LOG_BASE_BITS	0x3fe68aaa00000000ULL	/* ~ 0.70443 */
struct pow_log_entry {
	double invc, logc_hi, logc_lo;
};

extern const double exp2_table[2 * EXP_TABLE_SIZE];
extern const struct log_entry log_table[LOG_TABLE_SIZE];
extern const double atan_table[2 * (ATAN_TABLE_SIZE + 1)];
extern const uint32_t two_over_pi[TWO_OVER_PI_WORDS];
extern const double erf_table[ERF_TABLE_SIZE][ERF_ROW];
extern const double sin_pi32_table[SIN_PI32_TABLE_SIZE];
extern const double asin_table[ASIN_TABLE_SIZE][TAYLOR_ROW];
extern const double atan_taylor_table[ATAN_TAYLOR_SIZE][TAYLOR_ROW];
extern const double sincos_table[SINCOS_TABLE_SIZE][4];
extern const struct pow_log_entry pow_log_table[POW_LOG_TABLE_SIZE];
/* log, log2, log10, log1p's fast paths (log_base.h): log_table's
 * intervals, invc with 12 bits, -log_b(invc) as hi + lo with hi a
 * multiple of 2^-42. */
struct log_base_entry {
	double invc, hi, lo;
};
extern const struct log_base_entry logn_table[LOG_TABLE_SIZE];
extern const struct log_base_entry log2_table[LOG_TABLE_SIZE];
extern const struct log_base_entry log10_table[LOG_TABLE_SIZE];
/* asinh.c's log: log_table's intervals, { invc with 20 bits, -log(invc)
 * as hi (a multiple of 2^-42) + lo } */
extern const double asinh_log_table[LOG_TABLE_SIZE][3];
/* hi with 27 bits, lo: hi + lo within 2^-80 of sin(j pi/128) */
extern const double sin_pi128_table[SIN_PI128_TABLE_SIZE][2];
extern const double erfc_table[ERFC_TABLE_SIZE][ERFC_ROW];
/* 2^(j/256): hi with 27 bits, lo (erfc, pow) */
extern const double erfc_exp_table[256][2];
extern const double erf_fast_table[ERF_FAST_TABLE_SIZE][ERFC_ROW];
extern const double lgamma_table[LGAMMA_TABLE_SIZE][LGAMMA_ROW];

/* A normal x > 0, from its bits u, as 2^k m with m in [LOG_BASE,
 * 2 LOG_BASE): m, k, and the log_table entry of m's interval. */
static inline const struct log_entry *log_reduce(uint64_t u, double *m, int *k)
{
	uint64_t t = u - LOG_BASE_BITS;

	*m = asdouble(u - (t & 0xfff0000000000000ULL));
	*k = (int)((int64_t)t >> 52);
	return &log_table[t >> 45 & (LOG_TABLE_SIZE - 1)];
}

/*
 * f(s + sl) for 1/32 <= s <= 1, |sl| <= 2^-52 s, from the row of asin_table
 * or atan_taylor_table for c = (i + 1/2)/256, i = floor(256 s): s with
 * its bits below 1/256 cleared is i/256 (exact in every rounding mode, no
 * conversion), d = s - c exact (Sterbenz), f(c) + a1 d + ... + a7 d^7 as
 * an unnormalised hi + lo with a1_hi d exact and the sum in lo within
 * 2^-63 of the result (a1_lo d is at most 2^-10 of it); sl enters through
 * f' = a1 + 2 a2 d. The rows leave out terms below 2^-69 of f(c).
 */
static inline dd taylor_row(const double (*table)[TAYLOR_ROW], double s,
			    double sl)
{
	uint64_t u = asuint64(s);
	int shift = 0x3ff + 44 - (int)(u >> 52);	/* 44 - exponent */
	int i = (int)((u | 1ULL << 52) << 11 >> 11 >> shift);
	const double *a = table[i - TAYLOR_FIRST];
	double c = asdouble(u >> shift << shift) + 1.0 / 512;
	double d = s - c, d2 = d * d, d4 = d2 * d2, p;
	dd t;

	p = ((a[4] + d * a[5]) + d2 * (a[6] + d * a[7])) +
	    d4 * (a[8] + d * a[9]);
	t = fast_two_sum(a[0], a[2] * d);
	t.lo += a[1] + (a[3] * d + d2 * p) + sl * (a[2] + (a[3] + 2 * a[4] * d));
	return t;
}

/*
 * atan(t + tl) for 0 < t <= 1, |tl| <= 2^-52 t, as an unnormalised hi + lo
 * within 2^-62 of it: below 1/32, t + t^3 P(t^2), P the Taylor series to
 * t^14 (the rest below 2^-80 of t; the roundings of t^3 P, 2^-50.7 of
 * t^2/3, at most 2^-62.3, the most measured against atan_dd; twice that
 * in the directed rounding modes, still below angle_finish's 2^-61);
 * above, taylor_row of atan_taylor_table (2^-63.6 measured). atan and
 * atan2 take it, inlined (a call costs more than its sums here).
 */
static inline __attribute__((always_inline)) dd atan_poly(double t,
		double tl)
{
	double z, z2, z4, p;
	dd r;

	if (t >= 0x1p-5)
		return taylor_row(atan_taylor_table, t, tl);
	z = t * t;
	z2 = z * z;
	z4 = z2 * z2;
	p = (-1.0 / 3 + z * (1.0 / 5)) + z2 * (-1.0 / 7 + z * (1.0 / 9)) +
	    z4 * ((-1.0 / 11 + z * (1.0 / 13)) + z2 * (-1.0 / 15));
	r.hi = t;
	r.lo = (tl - tl * z) + t * z * p;
	return r;
}

/*
 * base + k (hi + lo), k = +-1 or +-2, rounded into *y and 1; 0 where the
 * error (2^-62 of hi + lo, which base + k (hi + lo) leaves below 2^-61
 * of the result wherever asin, acos and atan use it) could change the
 * rounding.
 */
static inline int angle_finish(double base_hi, double base_lo, double k,
			       dd r, double *y)
{
	dd s = two_sum(base_hi, k * r.hi);

	s.lo += base_lo + k * r.lo;
	if (!round_is_clear(s.hi, s.lo, __builtin_fabs(s.hi) * 0x1p-61))
		return 0;
	*y = s.hi + s.lo;
	return 1;
}

/* angle_finish for a base of 0: k (hi + lo). */
static inline int angle_finish0(double k, dd r, double *y)
{
	double hi = k * r.hi, lo = k * r.lo;

	if (!round_is_clear(hi, lo, __builtin_fabs(hi) * 0x1p-61))
		return 0;
	*y = hi + lo;
	return 1;
}

#define PIO2_1               0x1.921fb54400000p+0
#define PIO2_2               0x1.0b4611a600000p-34
#define PIO2_3               0x1.3198a2e000000p-69
#define PIO2_4               0x1.b839a252049c1p-104
#define PIO2_HI              0x1.921fb54442d18p+0
#define PIO2_LO              0x1.1a62633145c07p-54
#define PI_HI                0x1.921fb54442d18p+1
#define PI_LO                0x1.1a62633145c07p-53
#define INV_PIO2             0x1.45f306dc9c883p-1
#define PIO128_1             0x1.921fb54440000p-6
#define PIO128_2             0x1.68c234c4c0000p-45
#define PIO128_3             0x1.98a2e03707345p-83
#define INV_PIO128           0x1.45f306dc9c883p+5
#define LN2_HI               0x1.62e42fefa3800p-1
#define LN2_LO               0x1.ef35793c76730p-45
#define LN2_LO2              0x1.f97b57a079a19p-103
#define LN2_DD_HI            0x1.62e42fefa39efp-1
#define LN2_DD_LO            0x1.abc9e3b39803fp-56
#define LN2_128_HI           0x1.62e42fef80000p-8
#define LN2_128_LO           0x1.1cf79abc9e3b4p-43
#define LN2_128_LO2          -0x1.9ff0342542fc3p-97
#define INV_LN2_128          0x1.71547652b82fep+7
#define INV_LN2_HI           0x1.71547652b82fep+0
#define INV_LN2_LO           0x1.777d0ffda0d24p-56
#define INV_LN10_HI          0x1.bcb7b1526e50ep-2
#define INV_LN10_LO          0x1.95355baaafad3p-57
#define INV_LN2_6            0x1.7000000000000p+0
#define INV_LN2_6_LO         0x1.547652b82fe17p-8
#define INV_LN10_6           0x1.c000000000000p-2
#define INV_LN10_6_LO        -0x1.a42756c8d78e7p-9
#define LOG10_2_HI           0x1.34413509f8000p-2
#define LOG10_2_LO           -0x1.80433b83b532ap-44
#define LN10_HI              0x1.26bb1bbb55516p+1
#define LN10_LO              -0x1.f48ad494ea3e9p-53
#define TWO_OVER_SQRTPI_HI   0x1.20dd750429b6dp+0
#define TWO_OVER_SQRTPI_LO   0x1.1ae3a914fed80p-56
#define INV_SQRTPI           0x1.20dd750429b6dp-1
#define HALF_LN_2PI_HI       0x1.d67f1c864beb5p-1
#define HALF_LN_2PI_LO       -0x1.65b5a1b7ff5dfp-55
#define LN_PI_HI             0x1.250d048e7a1bdp+0
#define LN_PI_LO             0x1.7abf2ad8d5088p-57

/*
 * rem_pio2 (rem_pio2.c) for |x| < 2^20 pi/2: Cody and Waite's method with
 * pi/2 in four pieces, the first three of 33 bits, so that each n * piece
 * is exact. The nearest integer n by a truncating conversion: the same in
 * every rounding mode (|x| 2/pi < 2^21 here).
 */
static inline int rem_pio2_medium(double x, double y[2])
{
	double t = x * INV_PIO2, nd = (double)(int32_t)(t + __builtin_copysign(0.5, t));
	dd r = two_sum(x - nd * PIO2_1, -nd * PIO2_2);

	if (__builtin_expect(__builtin_fabs(r.hi) > 0x1p-30, 1)) {
		/* n pi/2's third and fourth pieces (below 2^-48) into the
		 * tail: its rounding stays under 2^-101, 2^-71 of r.hi. */
		r.lo = (r.lo - nd * PIO2_3) - nd * PIO2_4;
	} else {
		r = dd_add_d(r, -nd * PIO2_3);
		r.lo -= nd * PIO2_4;
	}
	r = fast_two_sum(r.hi, r.lo);
	y[0] = r.hi;
	y[1] = r.lo;
	return (int)(int64_t)nd;
}

/* 2^-26 <= |x| < 2^12: the range of the one-step reduction below. */
static inline int in_pi128_range(double x)
{
	return (asuint64(x) & 0x7fffffffffffffffULL) - asuint64(0x1p-26) <
	       asuint64(0x1p12) - asuint64(0x1p-26);
}

/*
 * x = k pi/128 + r[0] + r[1] for 2^-26 <= |x| < 2^12 (|k| < 2^18): k, or
 * -1 where r[0] is not within [2^-24, 0.01228] (a k not the nearest, in a
 * directed rounding mode; x too close to k pi/128 for the tail's
 * precision). pi/128 in three pieces, the first two of 35 bits, so that k
 * times each is exact; x - k PIO128_1 is exact (Sterbenz), the second
 * subtraction's rounding error is kept exactly (|k PIO128_2| < 2^-26.5
 * is below r[0]), the third piece's product rounds at 2^-120.
 */
static inline int pi128_reduce(double x, double r[2])
{
	double t = x * INV_PIO128 + ROUND_SHIFT, kd = t - ROUND_SHIFT;
	double a = x - kd * PIO128_1, b = kd * PIO128_2, rh = a - b;

	if ((asuint64(rh) & 0x7fffffffffffffffULL) - asuint64(0x1p-24) >=
	    asuint64(0.01228) - asuint64(0x1p-24))
		return -1;
	r[0] = rh;
	r[1] = ((a - rh) - b) - kd * PIO128_3;
	return (int)((uint32_t)asuint64(t) & (SIN_PI128_TABLE_SIZE - 1));
}

/*
 * sin(a + r) for r = r[0] + r[1], S = sin a = Sh + Sl and C = cos a = Ch
 * + Cl (Sh and Ch of 27 bits, from sin_pi128_table) as hi + lo, |lo|
 * below 2^-13 |hi|, within 2^-62.5 of the result (its rounding test
 * takes 1.5 2^-62 |hi|):
 *   sin(a + r) = S + C sin r + S (cos r - 1)
 *     = (Sh + Ch rh) + Sl + Ch (r[0] - rh) + Cl r[0] + C (sin r - r[0])
 *       + S (cos r - 1),
 * rh = r[0] with 26 bits, so that Ch rh is exact, and Sh + Ch rh as hi
 * plus its exact rounding error (|Ch rh| < |Sh| unless Sh = 0). sin r -
 * r[0] to r^7 and cos r - 1 to r^8 (truncation below 2^-75), r[1] in
 * their first order terms. Where S != 0, |S| >= sin(pi/128) > 2 |r| and
 * the result is above |S| / 2; the largest rounding errors are those of
 * S (cos r - 1) (below 2^-13.6 |S|) and the sums of that size, together
 * below 2^-63.5 |S|; where S = 0, the terms are C's and relative to r.
 * cos(a + r) is sin(a + pi/2 + r): the same with (C, -S) for (S, C).
 */
static inline __attribute__((always_inline)) dd pi128_kernel(const double r[2],
		double sh, double sl, double ch, double cl)
{
	double x = r[0], xt = r[1], x2 = x * x, x4 = x2 * x2;
	double xh = asdouble(asuint64(x) & 0xfffffffff8000000ULL);
	double p = ch * xh, hi = sh + p, e = (sh - hi) + p;
	double sinr = x * x2 * ((-1.0 / 6 + x2 * (1.0 / 120)) + x4 * (-1.0 / 5040));
	double cosr = x2 * ((-0.5 + x2 * (1.0 / 24)) +
			    x4 * (-1.0 / 720 + x2 * (1.0 / 40320)));
	dd v = { hi, e + ((sh + sl) * (cosr - x * xt) +
			  (sl + ch * (x - xh) + cl * x + (ch + cl) * (sinr + xt))) };

	return v;
}

/* sin(j pi/128 + r[0] + r[1]) (cos for j + 64), by pi128_kernel. */
static inline __attribute__((always_inline)) dd pi128_sin(const double r[2], int j)
{
	const double *s = sin_pi128_table[j & (SIN_PI128_TABLE_SIZE - 1)];
	const double *c = sin_pi128_table[(j + 64) & (SIN_PI128_TABLE_SIZE - 1)];

	return pi128_kernel(r, s[0], s[1], c[0], c[1]);
}

/* Both, from one reading of the table. */
static inline __attribute__((always_inline)) void pi128_sincos(const double r[2],
		int j, dd *sin, dd *cos)
{
	const double *s = sin_pi128_table[j & (SIN_PI128_TABLE_SIZE - 1)];
	const double *c = sin_pi128_table[(j + 64) & (SIN_PI128_TABLE_SIZE - 1)];

	*sin = pi128_kernel(r, s[0], s[1], c[0], c[1]);
	*cos = pi128_kernel(r, c[0], c[1], -s[0], -s[1]);
}

/*
 * The polynomial of a row of erfc_table, erf_fast_table or lgamma_table (a
 * sixteenth of a binade, the row of x) at x, c0 + c1 h exact as a pair (h
 * = x - c is exact, 47 bits, c1_hi has 6 and |c1_hi h| <= |c0|), the rest
 * in double. On erf's rows the rest is below 2^-10 of c0, its roundings
 * 2^-53 of that: within 2^-63 of the polynomial. lgamma_table's rows end
 * with their own bound.
 */
static inline dd binade_poly(const double *a, double x)
{
	uint64_t u = asuint64(x);
	double c = asdouble((u & 0xffff000000000000ULL) | 1ULL << 47);
	double h = x - c, h2 = h * h, p;	/* h exact */
	dd r;

	p = (a[4] + h * a[5]) + h2 * (a[6] + h * a[7]) +
	    (h2 * h2) * ((a[8] + h * a[9]) + h2 * (a[10] + h * a[11]) +
			 (h2 * h2) * a[12]);
	r = fast_two_sum(a[0], a[2] * h);
	return fast_two_sum(r.hi, r.lo + (a[1] + a[3] * h + h2 * p));
}

/* The k of x = k ln2/128 + r with |r| <= ln2/256 (exp2_table's index is
 * k & 127, 2^(k >> 7) the scale): the nearest integer to x 128/ln2, by a
 * truncating conversion, the same in every rounding mode (|x| 128/ln2 <
 * 2^31). */
static inline int exp_index(double x)
{
	double t = x * INV_LN2_128;

	return (int32_t)(t + __builtin_copysign(0.5, t));
}

#endif
