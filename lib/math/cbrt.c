/*
 * cbrt: |x| = m 2^(3q) with m in [1, 8), so cbrt|x| = cbrt(m) 2^q. An
 * estimate of cbrt(m) from its bits (a third of the exponent), two steps
 * of Halley's iteration (cubic convergence, to ~2^-50), and one Newton
 * step with the residual y^3 - m computed exactly in double-double.
 */
#include "libm.h"

double cbrt(double x)
{
	double a = __builtin_fabs(x), m, y, y3;
	int e, q;
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
	m = asdouble((asuint64(a) & 0x000fffffffffffffULL) |
		     (uint64_t)(0x3ff + e - 3 * q) << 52);
	y = asdouble((asuint64(m) - 0x3ff0000000000000ULL) / 3 +
		     0x3ff0000000000000ULL);
	y3 = y * y * y;
	y *= (y3 + 2 * m) / (2 * y3 + m);
	y3 = y * y * y;
	y *= (y3 + 2 * m) / (2 * y3 + m);
	y2 = two_prod(y, y);
	c = dd_mul_d(y2, y);
	r = dd_add_d(c, -m);
	y -= (r.hi + r.lo) / (3 * y2.hi);
	return copysign(y * asdouble((uint64_t)(0x3ff + q) << 52), x);
}

float cbrtf(float x) { return (float)cbrt(x); }
