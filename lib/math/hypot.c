/*
 * hypot: sqrt(x^2 + y^2), after scaling by a power of two that keeps the
 * squares in range. First hypot_fast, in double arithmetic; where its
 * rounding is in doubt (or the squares' low parts would be subnormal), the
 * squares and their sum as double-doubles and dd_sqrt. Correctly rounded
 * nearly always. Infinity wins over NaN (C99 F.9.4.3); an overflow sets
 * ERANGE.
 */
#include "libm.h"

/*
 * sqrt(x^2 + y^2) for 2^-450 <= y <= x < 2^500 rounded into *h and 1, or
 * 0 where the rounding is in doubt. r = sqrt(x x + y y) is within an ulp;
 * then r + e / (2 r) with e = x^2 + y^2 - r^2 from the squares of the
 * halves: a^2 = ah^2 + al (a + ah), ah^2 exact; xh^2 - rh^2 is exact too
 * (a multiple of ulp(xh)^2 below 2^53 of them), and the rest of e's sums
 * err by 2^-76 of x^2 + y^2 at most. 1 / (2 r) is r / (2 s), its division
 * beside the square root. The test allows 2^-68 of r.
 */
static inline int hypot_fast(double x, double y, double *h)
{
	double s = x * x + y * y, r = sqrt_insn(s), half_inv = 0.5 / s;
	double xh = high_half(x), yh = high_half(y), rh = high_half(r);
	double xl = x - xh, yl = y - yh, rl = r - rh, e;

	e = ((xh * xh - rh * rh) + yh * yh) +
	    ((xl * (x + xh) + yl * (y + yh)) - rl * (r + rh));
	e *= r * half_inv;
	if (!round_is_clear(r, e, r * 0x1p-68))
		return 0;
	*h = r + e;
	return 1;
}

double hypot(double x, double y)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y), t, scale = 1.0;
	double big = ax < ay ? ay : ax, small = ax < ay ? ax : ay;
	dd s, r;

	/* (not NaN, not inf) */
	if (big < 0x1p500 && small >= 0x1p-450 && hypot_fast(big, small, &t))
		return t;

	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inf();
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0 || exponent_bits(ax) - exponent_bits(ay) > 60)
		return ax + ay;
	if (ax > 0x1p500) {
		ax *= 0x1p-600;
		ay *= 0x1p-600;
		scale = 0x1p600;
	} else if (ay < 0x1p-500) {
		ax *= 0x1p600;
		ay *= 0x1p600;
		scale = 0x1p-600;
	}
	if (ax < 0x1p500 && ay >= 0x1p-450 && hypot_fast(ax, ay, &t))
		goto done;
	s = dd_add(two_prod(ax, ax), two_prod(ay, ay));
	r = dd_sqrt(s);
	t = r.hi + r.lo;
done:
	t *= scale;
	if (__builtin_isinf(t))
		errno = ERANGE;
	return t;
}

float hypotf(float x, float y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inff();
	/* Exact squares in double; one rounding of the root to float is
	 * then almost always the correct one. */
	return to_float(sqrt_insn((double)x * x + (double)y * y));
}
