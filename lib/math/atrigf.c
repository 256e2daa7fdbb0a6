/*
 * atanf, atan2f, asinf and acosf in double arithmetic (libmf.h). atanf
 * and atan2f through one kernel: atan(v) for v >= 0 with atan.c's table
 * of atan(j/16). asinf and acosf through one polynomial, of asin s = s +
 * s z P(z), z = s^2 <= 1/4: asin x for |x| < 1/2 directly, and above
 * from asin x = pi/2 - 2 asin s, acos x = 2 asin s with s = sqrt((1 -
 * x) / 2) (1 - x exact), one square root and no division. The few
 * results whose rounding the error leaves in doubt, and the special
 * values, come from the double functions (atanf's from atan_dd, rounded
 * once).
 */
#include "libmf.h"

/*
 * atan(v) for v >= 0: w = min(v, 1/v), c = j/16 the nearest sixteenth,
 * atan(w) = atan(c) + atan(u), u = (w - c) / (1 + w c), |u| <= 1/32,
 * the series to u^9 (the rest under 2^-53 of u); pi/2 - atan(w) for v >
 * 1. w - c is exact (c within a factor 2 of w); the roundings of 1/v, of
 * 1 + w c, of the quotient and of the sums leave a relative error under
 * 2^-49, and no sum cancels (atan(c) and u have the same sign, atan(w) <=
 * pi/4). With the arguments' own roundings (2^-52 of v, which atan
 * passes on at most as is) the functions' results are within 2^-47:
 * 2^12 units in the last place, with a margin.
 */
#define ATRIGF_ERR	4096

static inline double atanf_kernel(double v)
{
	double w = v > 1 ? 1 / v : v, c, u, u2, a;
	int j = (int)(w * 16 + 0.5);

	c = j * (1.0 / 16);
	u = (w - c) / (1 + w * c);
	u2 = u * u;
	a = atan_table[2 * j] + (u + u * u2 * ((-1.0 / 3 + u2 * (1.0 / 5)) +
		u2 * u2 * (-1.0 / 7 + u2 * (1.0 / 9))));
	return v > 1 ? PIO2_HI - a : a;
}

float atanf(float x)
{
	double y;
	dd r;

	if (__builtin_fabsf(x) < 0x1p-12f)	/* x - x^3/3, as sinf's */
		return x == 0 ? x : (float)(x - x * (x * (double)x) * (1.0 / 3));
	if (!(__builtin_fabsf(x) < 0x1p25f))	/* pi/2 rounded, or NaN */
		return (float)atan(x);
	y = atanf_kernel(__builtin_fabsf(x));
	if (float_is_clear(y, ATRIGF_ERR))
		return (float)__builtin_copysign(y, x);
	r = atan_dd((dd){ __builtin_fabsf(x), 0 });
	if (x < 0) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	return dd_to_float(r);
}

float atan2f(float y, float x)
{
	double v, r;

	/* Zeros, infinities, NaNs, quotients far from 1: atan2. */
	if (!(__builtin_fabsf(x) > 0x1p-100f && __builtin_fabsf(x) < 0x1p100f &&
	      __builtin_fabsf(y) > 0x1p-100f && __builtin_fabsf(y) < 0x1p100f))
		return (float)atan2(y, x);
	v = __builtin_fabs((double)y / x);
	if (v < 0x1p-20 && x > 0)	/* a result near v, maybe not normal */
		return (float)atan2(y, x);
	r = atanf_kernel(v);
	if (x < 0)
		r = PI_HI - r;
	if (float_is_clear(r, ATRIGF_ERR))
		return (float)__builtin_copysign(r, y);
	return (float)atan2(y, x);
}

/*
 * P(z) = (asin s - s) / (s z) for z = s^2 in [0, 1/4], from 1/6 at 0:
 * a Chebyshev fit of degree 8 (mpmath's chebyfit), within 2^-40 of P,
 * so s z P(z) within 2^-43 of itself. With the roundings of z (none:
 * below 1/2 z = x^2 is exact, above 1 - |x| is), of the square root and
 * of the sums (pi/2 - 2 asin s cancels by a factor 2 at most, pi - 2
 * asin s and pi/2 - asin x not at all) the results stayed within 2100
 * units in their last place (measured against asinl and acosl on a
 * third of the floats in (2^-12, 1)); ASINF_ERR keeps a margin of 8.
 */
#define ASINF_ERR	16384

static inline double asin_poly(double s, double z)
{
	double z2 = z * z, z4 = z2 * z2;
	double p = (0x1.555555555ba9ep-3 + z * 0x1.333333133277ep-4) +
		   z2 * (0x1.6db6f5e9d0b98p-5 + z * 0x1.f1beb9c867b18p-6) +
		   z4 * ((0x1.6f347e4a44c5dp-6 + z * 0x1.14eefea06d8d9p-6) +
			 z2 * (0x1.144d1f0d0554dp-6 + z * 0x1.17d722d86d4bep-10) +
			 z4 * 0x1.d06eddee004bep-6);

	return s + s * z * p;
}

float asinf(float x)
{
	double a = __builtin_fabsf(x), z, y;

	if (a < 0x1p-12)	/* x + x^3/6 */
		return x == 0 ? x : (float)(x + x * (x * (double)x) * (1.0 / 6));
	if (!(a < 1))		/* +-1, domain errors, NaN */
		return (float)asin(x);
	if (a < 0.5) {
		y = asin_poly(a, a * a);
	} else {
		z = (1 - a) * 0.5;
		y = PIO2_HI - 2 * asin_poly(sqrt_insn(z), z);
	}
	if (float_is_clear(y, ASINF_ERR))
		return (float)__builtin_copysign(y, x);
	return (float)asin(x);
}

float acosf(float x)
{
	double a = __builtin_fabsf(x), z, y;

	if (!(a < 1))		/* +-1, domain errors, NaN */
		return (float)acos(x);
	if (a < 0x1p-7) {
		/* pi/2 - (x + x^3/6 + 3x^5/40 + 5x^7/112 + 35x^9/1152) as a
		 * double-double (the terms left out under 2^-68), rounded
		 * once: acos's double rounds to a float midpoint at some of
		 * these (0x1.110b46p-26, 0x1.04c444p-12). */
		dd r = fast_two_sum(PIO2_HI, -x);
		double z = a * a;

		r.lo += PIO2_LO - x * z * (1.0 / 6 + z * (3.0 / 40 +
			z * (5.0 / 112 + z * (35.0 / 1152))));
		return dd_to_float(fast_two_sum(r.hi, r.lo));
	}
	if (a < 0.5) {
		y = PIO2_HI - asin_poly(x, a * a);
	} else {
		z = (1 - a) * 0.5;
		y = 2 * asin_poly(sqrt_insn(z), z);
		if (x < 0)
			y = PI_HI - y;
	}
	if (float_is_clear(y, ASINF_ERR))
		return (float)y;
	return (float)acos(x);
}
