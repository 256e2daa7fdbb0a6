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
 * tan(j pi/128 + r[0] + r[1]) into *v, or 0 where the rounding is in
 * doubt: pi128_sincos's sine and cosine (each within 2^-62.5 relatively)
 * divided: q = S / C by one reciprocal of C rounded, and the residual
 * (S - q C) / C with q Ch exact (mul_masked; lo is not below ulp(hi)
 * here, so C's lo takes its own product), its sums below 2^-64 of q:
 * within 2^-61.3 of q relatively, tested with 2^-60.5.
 */
static int tan_pi128(const double r[2], int j, double *v)
{
	dd s, c, p;
	double d, q, e;

	pi128_sincos(r, j, &s, &c);
	d = 1.0 / (c.hi + c.lo);
	q = (s.hi + s.lo) * d;
	p = mul_masked(q, c.hi);
	e = (((s.hi - p.hi) - p.lo) + (s.lo - q * c.lo)) * d;
	if (!round_is_clear(q, e, __builtin_fabs(q) * 0x1.6ap-61))
		return 0;
	*v = q + e;
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
