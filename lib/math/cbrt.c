/*
 * cbrt: |x| = t 2^(3q) with t in [1, 8), so cbrt|x| = cbrt(t) 2^q. First
 * in double arithmetic (cbrt_fast): a polynomial for cbrt of t's
 * significand m in [1, 2) times cbrt(2^(t's exponent)), one step of
 * Halley's iteration, one Newton step on the residual y^3 - t computed
 * from the halves of y and y^2, and a rounding test. Where that fails
 * (about one call in 10^4): an estimate of cbrt(t) from its bits (a
 * third of the exponent), two steps of Halley's iteration (cubic
 * convergence, to ~2^-50), and one Newton step with the residual y^3 - t
 * computed exactly in double-double, the sign given before its last
 * rounding; an exact root (which the rounding test never passes) is
 * found from y rounded to 18 bits.
 */
#include "libm.h"

/* cbrt(2^i), rounded. */
static const double cbrt_of_2[3] = {
	1.0, 0x1.428a2f98d728bp+0, 0x1.965fea53d6e3dp+0,
};

/*
 * cbrt(t) for t = m 2^i in [1, 8), m in [1, 2), with the sign of sign,
 * into *r and 1; 0 where the rounding is in doubt. P, Chebyshev's fit of
 * degree 5 to cbrt(m) on [1, 2) (2^-19.1), times cbrt(2^i); Halley's step
 * y (y^3 + 2t) / (2y^3 + t) to about 2^-51; then y - e / (3 y^2) with e
 * = y^3 - t: s = y^2 rounded, its error sl from y's halves (y^2 = yh^2 +
 * yl (y + yh), yh^2 - s exact by Sterbenz), s y as sh yh (exact, and
 * minus t by Sterbenz) plus the partial products, so that e is within
 * 2^-75 of t; 1 / (3 y^2) is y / (2 y0^3 + t), the reciprocal Halley's
 * step already took (within 2^-17 of it). The test allows 2^-66 of y.
 */
static inline int cbrt_fast(double t, double m, int i, double sign, double *r)
{
	double d = m - 1.5, d2 = d * d, y, y3, inv, s, yh, yl, sl, sh, slo, e;

	y = (0x1.250be863aaeeap+0 + d * 0x1.047c9f42a3e0fp-2) +
	    d2 * ((-0x1.ce537cff080dap-5 + d * 0x1.563396472e7d0p-6) +
	    d2 * (-0x1.5090d336e5101p-7 + d * 0x1.4c7608a04eba1p-8));
	y *= cbrt_of_2[i];
	y3 = y * y * y;
	inv = 1 / (2 * y3 + t);
	y = y * (y3 + 2 * t) * inv;
	s = y * y;
	yh = high_half(y);
	yl = y - yh;
	sl = (yh * yh - s) + yl * (y + yh);
	sh = high_half(s);
	slo = s - sh;
	e = (sh * yh - t) + ((sh * yl + slo * yh) + (slo * yl + sl * y));
	e = -e * y * inv;
	y *= sign;
	e *= sign;
	if (!round_is_clear(y, e, __builtin_fabs(y) * 0x1p-66))
		return 0;
	*r = y + e;
	return 1;
}

/*
 * y rounded to 18 bits into *z and 1 when z^3 = t exactly (an exact cube
 * root of t < 8 has at most 18 bits), else 0; y within 2^-30 of cbrt(t).
 * z^2 is exact, and z^3 = z^2 zh + z^2 zl with zh its top 9 bits, both
 * products exact and t - z^2 zh exact (Sterbenz).
 */
static int exact_cube_root(double t, double y, double *z)
{
	double zc = asdouble((asuint64(y) + (1ULL << 34)) & ~((1ULL << 35) - 1));
	double zh = asdouble(asuint64(zc) & ~((1ULL << 44) - 1)), p = zc * zc;

	*z = zc;
	return t - p * zh == p * (zc - zh);
}

double cbrt(double x)
{
	double a = __builtin_fabs(x), t, y, y3;
	double sign = __builtin_signbit(x) ? -1.0 : 1.0;
	int e, q, i;
	dd y2, c, r;

	if (!__builtin_isfinite(x) || x == 0)
		return x + x;
	e = 0;
	if (a < DBL_MIN) {
		a *= 0x1p54;
		e = -54;
	}
	e += exponent_bits(a) - 0x3ff;
	q = (e >= 0 ? e : e - 2) / 3;	/* floor(e / 3) */
	i = e - 3 * q;
	t = asdouble((asuint64(a) & 0x000fffffffffffffULL) |
		     (uint64_t)(0x3ff + i) << 52);
	if (cbrt_fast(t, asdouble((asuint64(a) & 0x000fffffffffffffULL) |
				  0x3ff0000000000000ULL), i,
		      sign, &y))
		return y * asdouble((uint64_t)(0x3ff + q) << 52);
	y = asdouble((asuint64(t) - 0x3ff0000000000000ULL) / 3 +
		     0x3ff0000000000000ULL);
	y3 = y * y * y;
	y *= (y3 + 2 * t) / (2 * y3 + t);
	y3 = y * y * y;
	y *= (y3 + 2 * t) / (2 * y3 + t);
	y2 = two_prod(y, y);
	c = dd_mul_d(y2, y);
	r = dd_add_d(c, -t);
	if (exact_cube_root(t, y, &y3))
		y = sign * y3;
	else
		y = sign * y - sign * ((r.hi + r.lo) / (3 * y2.hi));
	return y * asdouble((uint64_t)(0x3ff + q) << 52);
}
