/*
 * asin and acos. First in double arithmetic: asin s for 0 <= s <= 1/2 by
 * asin_poly, and above 1/2 through asin x = pi/2 - 2 asin s, acos x = 2
 * asin s with s = sqrt((1 - x) / 2) as a double-double (1 - x is exact
 * there); rounded once where the error leaves the rounding clear. The
 * rest (about one call in 200) take atan_dd of x / sqrt(1 - x^2) or its
 * inverse, with x^2 exact and the square root a double-double, so that
 * the results stay accurate near |x| = 1.
 */
#include "libm.h"
#include "tables.h"

/*
 * asin(s + sl) for 0 <= s <= 1/2, |sl| <= 2^-52 s, as an unnormalised hi
 * + lo within 2^-62 of it. Below 1/32: s + s^3 P(s^2), P the Taylor series
 * to s^14 (the rest below 2^-78 of s; the roundings of s^3 P, 2^-51 of
 * s^2/6, at most 2^-63.6). Above: taylor_row of asin_table. Measured
 * against atan_dd: 2^-63.4 at most (6 million arguments, sl zero or not).
 */
static inline __attribute__((always_inline)) dd asin_poly(double s, double sl)
{
	double z, z2, p;
	dd t;

	if (s < 0x1p-5) {
		z = s * s;
		z2 = z * z;
		p = (0x1.5555555555555p-3 + z * 0x1.3333333333333p-4) +
		    z2 * ((0x1.6db6db6db6db7p-5 + z * 0x1.f1c71c71c71c7p-6) +
		    z2 * ((0x1.6e8ba2e8ba2e9p-6 + z * 0x1.1c4ec4ec4ec4fp-6) +
		    z2 * 0x1.c99999999999ap-7));
		t.hi = s;
		t.lo = sl + sl * z * 0.5 + s * z * p;
		return t;
	}
	return taylor_row(asin_table, s, sl);
}

/* asin(sqrt((1 - ax) / 2)) for 1/2 < ax < 1: s = sqrt(z) rounded, its
 * error (z - s^2) / (2 s) from s's halves (z - sh^2 exact by Sterbenz,
 * the rest within 2^-78 of z) times s / (2 z), that division beside the
 * square root. */
static dd asin_of_half_complement(double ax)
{
	double z = (1.0 - ax) * 0.5, s = sqrt_insn(z), half_inv = 0.5 / z;
	double sh = high_half(s), st = s - sh;

	return asin_poly(s, ((z - sh * sh) - st * (s + sh)) * s * half_inv);
}

/* sqrt(1 - x^2) for 0 < |x| < 1 as a double-double, from x^2 exactly
 * (1 - x^2 is then exact where it cancels, x^2 >= 1/2). */
static dd sqrt_one_minus_square(double ax)
{
	dd p = two_prod(ax, ax), w = two_sum(1.0, -p.hi);

	return dd_sqrt(fast_two_sum(w.hi, w.lo - p.lo));
}

/* 1/2 < |x| < 1, from |x|'s bits ua: the half-complement paths. */
static inline int above_half(uint64_t ua)
{
	return ua - asuint64(0.5) - 1 < asuint64(1.0) - asuint64(0.5) - 1;
}

/* NaN or |x| > 1: the result into *y and 1. */
static int outside_domain(double x, double *y)
{
	if (__builtin_isnan(x))
		*y = x + x;
	else if (!(__builtin_fabs(x) <= 1.0))
		*y = math_invalid(x);
	else
		return 0;
	return 1;
}

double asin(double x)
{
	uint64_t ua = asuint64(x) & 0x7fffffffffffffffULL;
	double ax = __builtin_fabs(x), sign = __builtin_signbit(x) ? -1.0 : 1.0, y;
	dd s, r;

	if (ua - asuint64(0x1p-26) <= asuint64(0.5) - asuint64(0x1p-26)) {
		if (angle_finish0(sign, asin_poly(ax, 0), &y))
			return y;
	} else if (above_half(ua)) {
		if (angle_finish(sign * PIO2_HI, sign * PIO2_LO, -2 * sign,
				 asin_of_half_complement(ax), &y))
			return y;
	} else {
		if (outside_domain(x, &y))
			return y;
		if (ax == 1.0)
			return copysign(PIO2_HI + opaque(PIO2_LO), x);
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x + x * 0x1p-60;
	}
	s = sqrt_one_minus_square(ax);
	r = atan_dd(dd_div((dd){ ax, 0.0 }, s));
	return copysign(r.hi + r.lo, x);
}

double acos(double x)
{
	uint64_t ua = asuint64(x) & 0x7fffffffffffffffULL;
	double ax = __builtin_fabs(x), y;
	dd s, r;

	if (ua - asuint64(0x1p-60) <= asuint64(0.5) - asuint64(0x1p-60)) {
		if (angle_finish(PIO2_HI, PIO2_LO, x < 0 ? 1.0 : -1.0,
				 asin_poly(ax, 0), &y))
			return y;
	} else if (above_half(ua)) {
		if (x > 0 ? angle_finish0(2.0, asin_of_half_complement(ax), &y) :
		    angle_finish(PI_HI, PI_LO, -2.0, asin_of_half_complement(ax), &y))
			return y;
	} else {
		if (outside_domain(x, &y))
			return y;
		if (x == 1.0)
			return 0.0;
		if (x == -1.0)
			return PI_HI + opaque(PI_LO);
		return PIO2_HI + (PIO2_LO - x);		/* |x| < 2^-60 */
	}
	s = sqrt_one_minus_square(ax);
	r = atan_dd(dd_div(s, (dd){ ax, 0.0 }));
	if (x < 0)
		r = dd_add((dd){ PI_HI, PI_LO }, (dd){ -r.hi, -r.lo });
	return r.hi + r.lo;
}
