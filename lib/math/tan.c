/*
 * tan: the quotient of sin and cos of the reduced argument x + y
 * (rem_pio2), -cos/sin for odd n.
 *
 * The fast path in double arithmetic: |x| = j/128 + r as in sin.c, S =
 * sin(|x| + y) and C = cos(|x| + y) from sincos_table with the products
 * C r and S r exact (mul_masked) and sin r to r^7, cos r to r^6 with y's
 * first order terms: each within 2^-68 absolutely, 2^-65 relatively (S >=
 * 0.117). Below j = 16 (|x| < 0.121) tan's own Taylor series to x^19
 * (terms left out below 2^-73 of x) instead, over 1. The quotient q +
 * ((N - q D) / D) with q D exact: within 2^-64 relatively (2^-51 x^2 for
 * the series). Ziv's rounding test takes it where that error cannot
 * change the rounding; else, and for the rare doubtful result, sin_dd /
 * cos_dd with a double-double division decide.
 */
#include "libm.h"
#include "tables.h"

/* tan(x + y) for even n, -cot(x + y) for odd, into *v; 0 when the
 * double-double path must decide. */
static int tan_fast(double x, double y, int n, double *v)
{
	double t = __builtin_fabs(x), nh, nl, dh, dl, rel, q, e, hi, lo;
	uint64_t xsign = asuint64(x) & 0x8000000000000000ULL;
	double yy = asdouble(asuint64(y) ^ xsign);	/* tan is odd */
	int j = (int)(t * 128 + 0.5);
	dd p, s, c;

	if (j < 16) {
		double x2 = t * t;

		s.hi = t;
		s.lo = t * x2 * (0x1.5555555555555p-2 + x2 * (0x1.1111111111111p-3 +
			x2 * (0x1.ba1ba1ba1ba1cp-5 + x2 * (0x1.664f4882c10fap-6 +
			x2 * (0x1.226e355e6c23dp-7 + x2 * (0x1.d6d3d0e157de0p-9 +
			x2 * (0x1.7da36452b75e3p-10 + x2 * (0x1.3558248036744p-11 +
			x2 * 0x1.f57d7734d1664p-13)))))))) + yy * (1.0 + x2);
		c.hi = 1.0;
		c.lo = 0.0;
		rel = x2 * 0x1p-51 + 0x1p-100;
	} else {
		const double *te = sincos_table[j];
		double r = t - j * (1.0 / 128), r2 = r * r;
		double sr = r * r2 * (-1.0 / 6 + r2 * (1.0 / 120 - r2 * (1.0 / 5040))) + yy;
		double cr = r2 * (-0.5 + r2 * (1.0 / 24 - r2 * (1.0 / 720))) - yy * r;

		p = mul_masked(te[2], r);
		s = fast_two_sum(te[0], p.hi);
		s.lo += p.lo + te[1] + (te[2] * sr + te[0] * cr + te[3] * r);
		p = mul_masked(te[0], r);
		c = fast_two_sum(te[2], -p.hi);
		c.lo += te[3] - p.lo + (te[2] * cr - te[0] * sr - te[1] * r);
		c = fast_two_sum(c.hi, c.lo);
		rel = 0x1p-64;
	}
	/* the quotient's correction needs |lo| <= ulp(hi) */
	s = fast_two_sum(s.hi, s.lo);
	if (n & 1) {		/* -cos/sin = cos / -sin */
		nh = c.hi;
		nl = c.lo;
		dh = -s.hi;
		dl = -s.lo;
	} else {
		nh = s.hi;
		nl = s.lo;
		dh = c.hi;
		dl = c.lo;
	}
	q = nh / dh;
	p = mul_masked(q, dh);
	e = ((nh - p.hi) - p.lo + nl - q * dl) / dh;
	hi = asdouble(asuint64(q) ^ xsign);
	lo = asdouble(asuint64(e) ^ xsign);
	if (!round_is_clear(hi, lo, __builtin_fabs(q) * rel))
		return 0;
	*v = hi + lo;
	return 1;
}

/*
 * tan(a + r), a = j pi/128, r = r[0] + r[1], into *v, or 0 where the
 * rounding is in doubt: tan(a + r) = (S + C t) / (C - S t), S = sin a =
 * Sh + Sl and C = cos a = Ch + Cl from sin_pi128_table (Sh, Ch of 27
 * bits), t = tan r (dividing sin a cos r + cos a sin r and cos a cos r -
 * sin a sin r by cos r: one series, tan's, for sin's and cos's):
 *   t = r[0] + tr, tr = r[0]^3 P(r[0]^2) + r[1] (1 + r[0]^2) (to r^9,
 *     truncation below 2^-70 of t at |r| <= 0.01228),
 *   N = (Sh + Ch xh) + Sl + Ch (r[0] - xh) + Cl r[0] + C tr, xh = r[0]
 *     with 26 bits so that Ch xh is exact, Sh + Ch xh as nh plus its
 *     exact rounding error (|Ch xh| < |Sh| unless Sh = 0); D the same
 *     with (C, -S) for (S, C).
 * N and D are each within about 2^-64.5 of themselves (where S != 0, |N|
 * = |sin(a + r)| / cos r >= sin(pi/256), and D alike where C != 0;
 * else N = C t or D = -S t and the errors are relative to t). The
 * quotient: q = N / D rounded, qh its 26 top bits and Dh D's 27, so that
 * qh Dh is exact and within 2^-24 of N (nh - qh Dh exact, Sterbenz);
 * then tan = qh + (N - qh D) / D with the residual's roundings below
 * 2^-75 of q. Measured against MPFR (1M arguments on each of [-10,
 * 10], [-4096, 4096], [-0.05, 0.05], 1.5 < |x| < 1.6): within 2^-65.2
 * of q, 2^-63.9 in the directed rounding modes; tested with 2^-62.
 */
static int tan_pi128(const double r[2], int j, double *v)
{
	const double *s = sin_pi128_table[j & (SIN_PI128_TABLE_SIZE - 1)];
	const double *c = sin_pi128_table[(j + 64) & (SIN_PI128_TABLE_SIZE - 1)];
	double sh = s[0], sl = s[1], ch = c[0], cl = c[1];
	double x = r[0], x2 = x * x, x4 = x2 * x2;
	double xh = asdouble(asuint64(x) & 0xfffffffff8000000ULL), xl = x - xh;
	double tr = x * x2 * ((0x1.5555555555555p-2 + x2 * 0x1.1111111111111p-3) +
			      x4 * (0x1.ba1ba1ba1ba1cp-5 + x2 * 0x1.664f4882c10fap-6)) +
		    r[1] * (1.0 + x2);
	double pn = ch * xh, nh = sh + pn;
	double pd = sh * xh, dh = ch - pd;
	double nl = ((sh - nh) + pn) + (sl + ch * xl + cl * x + (ch + cl) * tr);
	double dl = ((ch - dh) - pd) + (cl - sh * xl - sl * x - (sh + sl) * tr);
	double dsum = dh + dl, d = 1.0 / dsum, q = (nh + nl) * d;
	double qh = asdouble(asuint64(q) & 0xfffffffff8000000ULL);
	double dhh = asdouble(asuint64(dsum) & 0xfffffffffc000000ULL);
	double dlow = (dh - dhh) + dl;
	double e = (((nh - qh * dhh) + nl) - qh * dlow) * d;

	if (!round_is_clear(qh, e, __builtin_fabs(q) * 0x1p-62))
		return 0;
	*v = qh + e;
	return 1;
}

double tan(double x)
{
	double y[2], v;
	int n;
	dd s, c, r;

	if (__builtin_expect(in_pi128_range(x), 1)) {
		n = pi128_reduce(x, y);
		if (n >= 0 && tan_pi128(y, n, &v))
			return v;
	}
	if (__builtin_isnan(x))
		return x + x;

	if (__builtin_fabs(x) < 0x1p-27) {
		if (x != 0 && __builtin_fabs(x) < DBL_MIN)
			force_eval(opaque(x) * x);
		return x == 0 ? x : x + x * 0x1p-60;
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	if (__builtin_fabs(x) <= 0.785) {
		y[0] = x;
		y[1] = 0;
		n = 0;
	} else if (__builtin_fabs(x) < 0x1p20 * 1.5707963267948966) {
		n = rem_pio2_medium(x, y);
	} else {
		n = rem_pio2(x, y);
	}
	if (tan_fast(y[0], y[1], n, &v))
		return v;
	s = sin_dd(y[0], y[1]);
	c = cos_dd(y[0], y[1]);
	if (n & 1) {
		r = dd_div(c, s);
		return -r.hi - r.lo;	/* one rounding, of the negation */
	}
	r = dd_div(s, c);
	return r.hi + r.lo;
}
