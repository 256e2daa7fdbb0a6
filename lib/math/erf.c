/*
 * erf and erfc. First a fast evaluation in double arithmetic, rounded
 * when its error cannot change the rounding (round_is_clear): below 1/16
 * the odd series x (2/sqrt(pi) + x^2 Q(x^2)); up to 5.9 the Taylor
 * expansion at the nearest sixteenth c (erf_table: erf(c), erfc(c) and
 * erf'(c) as double-doubles, the higher coefficients as doubles), so
 * that erf(x) = erf(c) + d and erfc(x) = erfc(c) - d with d computed once;
 * before those, without an exact product, erf from 1/16 to 5.9 by a
 * polynomial on each sixteenth of a binade (erf_fast) and erfc from 1/4
 * to 26.5 as exp(-x^2) g(x) (erfc_fast).
 * Where that is in doubt, the slow way: below 2.5 the series of positive
 * terms
 *   erf x = 2/sqrt(pi) e^(-x^2) sum (2x^2)^n x / (1 3 5 ... (2n+1))
 * in double-double, so that erfc = 1 - erf keeps its precision too;
 * above, erfc by its continued fraction (evaluated backwards, in double)
 * times e^(-x^2) from exp_core, and erf = 1 - erfc.
 */
#include "libm.h"
#include "tables.h"

/* erf(x) for |x| < 1/16, relative error below 2^-62: the coefficients
 * 2/sqrt(pi) (-1)^k / (k! (2k + 1)), k = 1..6 (scripts/libm-tables.py). */
static dd erf_small(double x)
{
	double x2 = x * x, q;
	dd m = two_prod(x, TWO_OVER_SQRTPI_HI);

	q = x2 * (-0x1.812746b0379e7p-2 + x2 * (0x1.ce2f21a042be2p-4 +
		x2 * (-0x1.b82ce31288b51p-6 + x2 * (0x1.565bcd0e6a53fp-8 +
		x2 * (-0x1.c02db40040b86p-11 + x2 * 0x1.f9a326f9b89b7p-14)))));
	return fast_two_sum(m.hi, m.lo + x * (TWO_OVER_SQRTPI_LO + q));
}

/* For 1/32 <= x < 5.97: d = erf(x) - erf(c) with c = j/16 the nearest
 * sixteenth, a1 h exact and the rest in double; *row is c's table row. */
static dd erf_delta(double x, const double **row)
{
	int j = (int)(x * 16 + 0.5), k;
	const double *a = erf_table[j - 1];
	double h = x - j * (1.0 / 16), p = a[ERF_ROW - 1];	/* h exact */
	dd m = two_prod(a[4], h);

	for (k = ERF_ROW - 2; k >= 6; k--)
		p = a[k] + h * p;
	*row = a;
	return fast_two_sum(m.hi, m.lo + a[5] * h + h * h * p);
}

/* erf(x) for 1/16 <= x < 5.9 from the table, unnormalised. */
static dd erf_mid(double x)
{
	const double *a;
	dd d = erf_delta(x, &a), r = fast_two_sum(a[0], d.hi);

	r.lo += a[1] + d.lo;
	return r;
}

static dd dd_neg(dd a)
{
	return (dd){ -a.hi, -a.lo };
}

/* erf(x) for 1/16 <= x < 5.9 within 2^-62 (the table's 2^-66 and
 * binade_poly's 2^-63). */
#define ERF_FAST_ERR 0x1p-62

static dd erf_fast(double x)
{
	uint64_t u = asuint64(x);

	return binade_poly(erf_fast_table[(u >> 48) - (asuint64(0x1p-4) >> 48)], x);
}

/*
 * erfc(x) for 1/4 <= x < 26.5 as (hi + lo) * *scale, hi + lo within
 * 2^-60 of it (ERFC_FAST_ERR), in double arithmetic without an exact
 * product: erfc(x) = exp(-x^2) g(x) with g from erfc_table, c0 + c1 h
 * exact as a pair (c1_hi h is exact) and the rest in double. x^2 = z^2 +
 * (x - z)(x + z) with z = x cut to 26 bits (z^2 exact, the second term
 * within 2^-79 x^2); -z^2 = k ln2/256 + r_hi exactly and exp(r) - 1 by
 * its series to r^5; 2^(j/256) with a 27-bit high part times g's high
 * part cut to 26 bits is exact. The roundings of lo (of a value below
 * 2^-9.4 of the result, and the products in it) and of g's tail (below
 * 2^-9) keep the error below 2^-61.
 */
#define ERFC_FAST_ERR 0x1p-60

static dd erfc_fast(double x, double *scale)
{
	uint64_t u = asuint64(x);
	const double *a = erfc_table[(u >> 48) - (asuint64(0.25) >> 48)];
	double z = asdouble(u & 0xfffffffff8000000ULL), z2 = z * z;
	double t = -z2 * (2 * INV_LN2_128), kd, rh, rl, s, q, gl, g26;
	double th, tl, big, lo;
	int k, j;
	dd gg;

	/* g(x) = gg.hi + gl. */
	gg = binade_poly(a, x);
	g26 = asdouble(asuint64(gg.hi) & 0xfffffffff8000000ULL);
	gl = gg.lo + (gg.hi - g26);

	/* exp(-x^2) = 2^(k/256) (1 + s + q). */
	k = (int32_t)(t - 0.5);
	kd = k;
	rh = -z2 - kd * (0.5 * LN2_128_HI);	/* exact */
	rl = -((x - z) * (x + z)) - kd * (0.5 * LN2_128_LO);
	s = rh + rl;
	q = ((rh - s) + rl) + s * s * (0.5 + s * (1.0 / 6 + s * (1.0 / 24 +
		s * (1.0 / 120))));
	j = k & 255;
	th = erfc_exp_table[j][0];
	tl = erfc_exp_table[j][1];
	*scale = pow2((k - j) / 256);

	/* (th + tl)(g26 + gl)(1 + s + q), g26 + gl = gg.hi + gg.lo */
	big = th * g26;				/* exact */
	lo = (th * gl + tl * gg.hi) * (1 + (s + q)) + big * q;
	return fast_two_sum(big, big * s + lo);
}

/* erf(x) for |x| < 2.5 as a double-double. */
static dd erf_dd(double x)
{
	dd m = two_prod(x, x), t = { x, 0.0 }, s = t, e;
	int n, scale;
	double f;

	for (n = 1; n < 200; n++) {
		t = dd_div(dd_mul(t, (dd){ 2 * m.hi, 2 * m.lo }),
			   (dd){ 2.0 * n + 1, 0.0 });
		s = dd_add(s, t);
		if (__builtin_fabs(t.hi) < 0x1p-110 * __builtin_fabs(s.hi))
			break;
	}
	e = exp_core(-m.hi, -m.lo, &scale);
	f = asdouble((uint64_t)(0x3ff + scale) << 52);
	e.hi *= f;
	e.lo *= f;
	return dd_mul(dd_mul(s, e), (dd){ TWO_OVER_SQRTPI_HI, TWO_OVER_SQRTPI_LO });
}

/* erfc(x) for x >= 2.5, rounded, with exp's underflow handling. */
static double erfc_large(double x)
{
	int k, n = 12 + (int)(300.0 / (x * x)), scale, shift;
	double f = x;
	dd m = two_prod(x, x), e, g;

	if (x > 27.3)
		return math_underflow(0);
	for (k = n; k >= 4; k--)
		f = x + (0.5 * k) / f;
	g.hi = f;	/* the last steps, which matter most, in double-double */
	g.lo = 0;
	for (k = 3; k >= 1; k--)
		g = dd_add_d(dd_div((dd){ 0.5 * k, 0.0 }, g), x);
	e = exp_core(-m.hi, -m.lo, &scale);
	e = dd_mul(e, dd_div((dd){ INV_SQRTPI, 0.5 * TWO_OVER_SQRTPI_LO }, g));
	/* Back into [1, 2) for exp_finish. */
	shift = exponent_bits(e.hi) - 0x3ff;
	f = asdouble((uint64_t)(0x3ff - shift) << 52);
	e.hi *= f;
	e.lo *= f;
	return exp_finish(e, scale + shift, 0);
}

double erf(double x)
{
	double ax = __builtin_fabs(x);
	dd r;

	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : copysign(1.0, x);
	if (ax < 0x1p-32) {	/* erf x = 2x/sqrt(pi) (1 - x^2/3 ...) */
		if (ax < 0x1p-1000)	/* keep the subnormal product exact */
			return (x * 0x1p64 * TWO_OVER_SQRTPI_HI) * 0x1p-64;
		r = two_prod(x, TWO_OVER_SQRTPI_HI);
		return r.hi + (r.lo + x * TWO_OVER_SQRTPI_LO);
	}
	if (ax < 0x1p-4) {
		r = erf_small(x);
	} else if (ax < 5.9) {
		r = erf_fast(ax);
		if (x < 0)
			r = dd_neg(r);
		if (round_is_clear(r.hi, r.lo, __builtin_fabs(r.hi) * ERF_FAST_ERR))
			return r.hi + r.lo;
		r = erf_mid(ax);
		if (x < 0)
			r = dd_neg(r);
	} else {
		r.hi = 0;
	}
	if (r.hi != 0 && round_is_clear(r.hi, r.lo, __builtin_fabs(r.hi) * 0x1p-61))
		return r.hi + r.lo;
	if (ax < 2.5) {
		r = erf_dd(x);
		return r.hi + r.lo;
	}
	if (ax > 6.0)
		return copysign(1.0 - opaque(0x1p-100), x);
	return copysign(1.0 - erfc_large(ax), x);
}

double erfc(double x)
{
	double ax = __builtin_fabs(x), err = 0x1p-61;
	const double *a;
	dd r, d;

	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : x > 0 ? 0.0 : 2.0;
	if (ax < 0x1p-56)
		return 1.0 - x;
	if (ax < 0x1p-4) {
		d = erf_small(x);		/* 1 - erf */
		r = fast_two_sum(1.0, -d.hi);
		r.lo -= d.lo;
	} else if (x < 0 && ax < 5.9) {
		r = dd_add_d(erf_fast(ax), 1.0);	/* 1 + erf(-x) */
		if (round_is_clear(r.hi, r.lo, r.hi * ERF_FAST_ERR))
			return r.hi + r.lo;
		r = dd_add_d(erf_mid(ax), 1.0);
	} else if (x >= 0.25 && x < 26.5) {
		double f;

		r = erfc_fast(x, &f);
		if (round_is_clear(r.hi, r.lo, r.hi * ERFC_FAST_ERR))
			return (r.hi + r.lo) * f;
		r.hi = 0;
	} else if (x > 0 && x < 2.5) {
		d = erf_delta(x, &a);		/* erfc(c) - d */
		r = fast_two_sum(a[2], -d.hi);
		r.lo += a[3] - d.lo;
		err = x < 1 ? 0x1p-59 : 0x1p-57;
	} else {
		r.hi = 0;
	}
	if (r.hi != 0 && round_is_clear(r.hi, r.lo, r.hi * err))
		return r.hi + r.lo;
	if (x >= 2.5)
		return erfc_large(x);
	if (x <= -6.0)
		return 2.0 - opaque(0x1p-100);
	if (x <= -2.5)
		return 2.0 - erfc_large(-x);
	r = erf_dd(x);
	r = dd_add((dd){ 1.0, 0.0 }, (dd){ -r.hi, -r.lo });
	return r.hi + r.lo;
}
