/*
 * lgamma, tgamma and their relatives, from one double-double log|Gamma|:
 * - y >= 16: Stirling's series, (y - 1/2) log y - y + log(2 pi)/2 +
 *   sum B2k / (2k (2k-1) y^(2k-1)), eight terms;
 * - 0 < x < 16: the recurrence, log Gamma(x + n) - log(x (x+1) ... (x+n-1))
 *   with the shifted argument and the product as double-doubles;
 * - within 1/16 of 1 and 2, where log Gamma vanishes: its Taylor series
 *   (zeta values), to eps^17;
 * - x < -16: the reflection Gamma(x) Gamma(1 - x) = pi / sin(pi x).
 * tgamma is exp of it (exp_core takes the double-double), with the sign.
 * Before those, from 1/2 to 128, a fast path in double arithmetic:
 * lgamma_table's polynomial on each sixteenth of a binade (binade_poly)
 * within the row's bound, rounded where that bound cannot change the
 * rounding (round_is_clear; for tgamma exp_fast, given the bound).
 */
#include "libm.h"
#include "tables.h"
#include "gamma.h"

int signgam;

/* The first, 1/12, has a tail below (stirling_dd). */
const double lgamma_stirling[8] = {
	0x1.5555555555555p-4, -0x1.6c16c16c16c17p-9, 0x1.a01a01a01a01ap-11,
	-0x1.3813813813814p-11, 0x1.b951e2b18ff23p-11, -0x1.f6ab0d9993c7dp-10,
	0x1.a41a41a41a41ap-8, -0x1.e4286cb0f5398p-6,
};

const double lgamma_taylor1[16] = {
	0x1.a51a6625307d3p-1, -0x1.9a4d55beab2d7p-2, 0x1.151322ac7d848p-2,
	-0x1.a8b9c17aa6149p-3, 0x1.5b40cb100c306p-3, -0x1.2703a1dcea3aep-3,
	0x1.010b36af86397p-3, -0x1.c806706d57db4p-4, 0x1.9a01e385d5f8fp-4,
	-0x1.748c33114c6d6p-4, 0x1.556ad63243bc4p-4, -0x1.3b1d971fc5985p-4,
	0x1.2496df8320c5fp-4, -0x1.11133476e7fe0p-4, 0x1.00010064cdeb2p-4,
	-0x1.e1e2d311e8abdp-5,
};
const double lgamma_taylor2[16] = {
	0x1.4a34cc4a60fa6p-2, -0x1.13e001a557607p-4, 0x1.51322ac7d8483p-6,
	-0x1.e404fc218f5f2p-8, 0x1.7add6eadb6c30p-9, -0x1.38ac5c2bf8e08p-10,
	0x1.0b36af86396e9p-11, -0x1.d3fd4c76d2fc8p-13, 0x1.a127b0f17d65ap-14,
	-0x1.78de5bd7c81efp-15, 0x1.580dcee66eb02p-16, -0x1.3cbc963ce2243p-17,
	0x1.2597a39f34aacp-18, -0x1.11b2eb7679541p-19, 0x1.0064cdeb22f0fp-20,
	-0x1.e2600d93cfd2fp-22,
};

/* log Gamma(y) for y >= 16, y a double-double. */
static dd stirling_dd(dd y)
{
	dd z = dd_div((dd){ 1.0, 0.0 }, y), r, t;
	double z2 = z.hi * z.hi, s = 0;
	int k;

	for (k = 7; k >= 1; k--)
		s = lgamma_stirling[k] + z2 * s;
	/* The first term 1/(12 y) in double-double, the rest in double. */
	t = dd_mul(z, (dd){ lgamma_stirling[0], 0x1.5555555555555p-58 });
	t.lo += z.hi * z2 * s;
	r = dd_mul(dd_add_d(y, -0.5), log_of_dd(y));
	r = dd_add(r, (dd){ -y.hi, -y.lo });
	r = dd_add(r, (dd){ HALF_LN_2PI_HI, HALF_LN_2PI_LO });
	return dd_add(r, t);
}

/* The Taylor series at 1 or 2: eps (c0 + eps (t[0] + eps (t[1] ...))). */
static dd taylor_dd(double eps, const double *t, double c_hi, double c_lo)
{
	double s = 0;
	int k;

	dd p = two_prod(eps, c_hi);

	for (k = 15; k >= 0; k--)
		s = t[k] + eps * s;
	return fast_two_sum(p.hi, p.lo + eps * (c_lo + eps * s));
}

/* |sin(pi x)| as a double-double, for finite non-integral x. */
static dd sinpi_abs(double x)
{
	double r = x - 2.0 * round(0.5 * x);	/* exact: in [-1, 1] */
	dd a, s;

	r = __builtin_fabs(r);
	if (r > 0.5)
		r = 1.0 - r;			/* sin(pi r) = sin(pi (1 - r)) */
	if (r <= 0.25) {
		a = two_prod(r, PI_HI);
		s = sin_dd(a.hi, a.lo + r * PI_LO);
	} else {
		r = 0.5 - r;
		a = two_prod(r, PI_HI);
		s = cos_dd(a.hi, a.lo + r * PI_LO);
	}
	return s;
}

/* log|Gamma(x)| as a double-double and the sign of Gamma(x), for finite
 * x below 2^60 that is not 0 or a negative integer. */
static dd lgamma_dd(double x, int *sign)
{
	dd y, p;
	int k;

	*sign = 1;
	if (x < -16.0) {
		/* log pi - log|sin(pi x)| - log Gamma(1 - x) */
		dd l = stirling_dd(two_sum(1.0, -x)), s = log_of_dd(sinpi_abs(x));

		if ((int64_t)floor(x) & 1)
			*sign = -1;
		return dd_add((dd){ LN_PI_HI, LN_PI_LO },
			      dd_add((dd){ -l.hi, -l.lo }, (dd){ -s.hi, -s.lo }));
	}
	if (__builtin_fabs(x - 1.0) < 0x1p-4)
		return taylor_dd(x - 1.0, lgamma_taylor1, -EULER_HI, -EULER_LO);
	if (__builtin_fabs(x - 2.0) < 0x1p-4)
		return taylor_dd(x - 2.0, lgamma_taylor2, ONE_MINUS_EULER_HI,
				 ONE_MINUS_EULER_LO);
	if (x >= 16.0)
		return stirling_dd((dd){ x, 0.0 });
	/* p = x (x + 1) ... (x + n - 1) and y = x + n >= 16, also for x < 0. */
	p.hi = x;
	p.lo = 0;
	for (k = 1;; k++) {
		y = two_sum(x, (double)k);
		if (y.hi >= 16.0)
			break;
		p = dd_mul(p, y);
	}
	if (p.hi < 0) {
		*sign = -1;
		p.hi = -p.hi;
		p.lo = -p.lo;
	}
	p = log_of_dd(p);
	y = stirling_dd(y);
	return dd_add(y, (dd){ -p.hi, -p.lo });
}

/* log Gamma(x) for 1/2 <= x < 128 from lgamma_table into *r, within *err
 * (absolute; inf on the rows beside the zeros at 1 and 2, where lgamma_dd
 * decides); 0 for other x, NaN too (on the bits: no flag). */
static int lgamma_fast(double x, dd *r, double *err)
{
	uint64_t i = (asuint64(x) >> 48) - (asuint64(0.5) >> 48);
	const double *a;

	if (i >= LGAMMA_TABLE_SIZE)
		return 0;
	a = lgamma_table[i];
	*err = a[LGAMMA_ROW - 1];
	*r = binade_poly(a, x);
	return 1;
}

static int is_negative_integer(double x)
{
	return x < 0 && floor(x) == x;
}

double lgamma_r(double x, int *sign)
{
	double err;
	dd r;

	*sign = 1;
	if (lgamma_fast(x, &r, &err) && round_is_clear(r.hi, r.lo, err))
		return r.hi + r.lo;
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0) {
		if (__builtin_signbit(x))
			*sign = -1;
		return math_divzero(0);
	}
	if (is_negative_integer(x))
		return math_divzero(0);
	if (x > 0x1p60) {
		double y = x * (log(x) - 1.0);

		return __builtin_isinf(y) ? math_overflow(0) : y;
	}
	r = lgamma_dd(x, sign);
	return r.hi + r.lo;
}

double lgamma(double x)
{
	return lgamma_r(x, &signgam);
}

double gamma(double x)
{
	return lgamma_r(x, &signgam);
}

double tgamma(double x)
{
	int sign, scale;
	double err, y;
	dd r;

	if (lgamma_fast(x, &r, &err) && exp_fast(r.hi, r.lo, err, 0, &y))
		return y;
	if (!__builtin_isfinite(x))
		return x == __builtin_inf() || __builtin_isnan(x) ? x + x :
		       math_invalid(x);
	if (x == 0)
		return math_divzero(__builtin_signbit(x));
	if (is_negative_integer(x))
		return math_invalid(x);
	if (x > 171.7)
		return math_overflow(0);
	if (__builtin_fabs(x) < 0x1p-54) {	/* 1/x - Euler's gamma */
		double y = 1.0 / x;

		if (__builtin_isinf(y))
			errno = ERANGE;
		if (__builtin_fabs(x) < 0x1p-900)	/* gamma is below the ulp */
			return y;
		r = dd_add_d(dd_div((dd){ 1.0, 0.0 }, (dd){ x, 0.0 }), -EULER_HI);
		return r.hi + r.lo;
	}
	if (x < -200.0)		/* |Gamma| < 2^-1300 */
		return math_underflow(((int64_t)floor(x) & 1) != 0);
	r = lgamma_dd(x, &sign);
	if (r.hi > 709.8)
		return math_overflow(sign < 0);
	if (r.hi < -745.2)
		return math_underflow(sign < 0);
	r = exp_core(r.hi, r.lo, &scale);
	return exp_finish(r, scale, sign < 0);
}

