/*
 * powf in double arithmetic (libmf.h): x^y = 2^(t / 128) with t = y
 * log2(x) 128, log from log_kernel and 2^ from exp2_128, for x > 0
 * normal and a normal float result. Every other case (the special values
 * of C99 F.9.4.4, a negative x, overflow and underflow) and the few
 * results whose rounding the error leaves in doubt come from pow,
 * correctly rounded.
 *
 * The error: log x within 2^-51 absolutely where k != 0 (|log x| > 0.34),
 * 2^-50 relatively near 1, 2^-44 relatively between; three roundings
 * of t; so t within 2^-44 of itself, which is under 2^-37 absolutely for
 * |t| < 2^13 and, times ln2 / 128, 2^-44.5 of the result; exp2_128 adds
 * 2^-44. In units of the result's last place: under 1024. Exact results
 * (2^3, 4^0.5) lie on a float or a midpoint, which the test refuses. An
 * integer power whose exact value fits in a double's 53 bits is formed by
 * squaring, without a rounding, and rounded once to float, so that it
 * raises inexact only where the result is (as glibc's); pow gives the rest.
 */
#include "libmf.h"

#define POWF_ERR	2048

/* y an integer, 2 <= |y| <= 53, x normal with b significant bits where
 * b |y| <= 53 (for y < 0: x a power of 2), and x^y well inside double's
 * range: x^y is then exact in double. */
static int integer_power_fits(float x, float y)
{
	uint32_t ux = asuint(x) & 0x7fffffff;
	int bits, e = (int)(ux >> 23) - 127, n;

	if (ux < 0x00800000 || ux >= 0x7f800000 || !(__builtin_fabsf(y) <= 53) ||
	    y != (float)(int)y)
		return 0;
	n = (int)__builtin_fabsf(y);
	bits = 24 - __builtin_ctz(ux | 0x00800000);
	return n >= 2 && bits * n <= 53 && (y > 0 || bits == 1) &&
	       (e < 0 ? -e : e) * n < 900;
}

float powf(float x, float y)
{
	uint32_t ux = asuint(x), uy = asuint(y);
	double l, t, r;
	int k;

	/* x positive and normal, not 1; y finite and not 0. */
	if (ux - 0x00800000 < 0x7f800000 - 0x00800000 && ux != 0x3f800000 &&
	    (uy << 1) - 1 < 0xff000000u - 1) {
		l = log_kernel(x, &k);
		t = y * (k * 128.0 + l * INV_LN2_128);
		if (__builtin_fabs(t) < 125.0 * 128) {
			r = exp2_128(t);
			if (float_is_clear(r, POWF_ERR))
				return (float)r;
		}
	}
	if (integer_power_fits(x, y))
		return to_float(y > 0 ? power_by_squaring((double)x, (unsigned)y) :
				1 / power_by_squaring((double)x, (unsigned)-y));
	return to_float(pow(x, y));
}
