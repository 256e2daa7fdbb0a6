/*
 * lgammaf, lgammaf_r, gammaf and tgammaf in double arithmetic (libmf.h),
 * from Stirling's series for z >= 10:
 *   log Gamma(z) = (z - 1/2) log z - z + log(2 pi)/2 + sum B2k / (2k (2k-1)
 *   z^(2k-1)), k = 1..6 (gamma.h's; the first left out, 1/(156 z^13), is
 *   below 2^-50);
 * below 10 the recurrence Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1));
 * for lgammaf within 1/16 of 1 and 2, where log Gamma vanishes, its Taylor
 * series (zeta values) to eps^13 (the rest under 2^-50 of the result), and
 * for x < 0 the reflection log|Gamma(x)| = -log(|sin(pi x)| / pi) - log
 * Gamma(1 - x). tgammaf is 2^ of Stirling's sum in units of 1/128 (exp2_128),
 * divided by the product.
 *
 * The errors: log_kernel's 2^-51 (absolutely) times z - 1/2, the sums'
 * roundings, 2^-53 of the largest term each, and exp2_128's 2^-44; the
 * product's roundings, 2^-53 each. lgammaf's terms cancel near its zeros,
 * so its error is bounded against the sum of the terms' magnitudes (m
 * below): 2^-50 m (measured against MPFR on a float in every hundred,
 * under 2^-51.7 m).
 * A result is taken where that is below LGAMMAF_ERR units in its last
 * place; tgammaf's relative error stays under 2^-43. Every other result
 * (special values, poles, overflow and underflow, x beyond the ranges below
 * and the roundings left in doubt) comes from the double functions in
 * lgamma.c, which also set errno and signgam as C99 F.9.5.3, F.9.5.4 say.
 */
#include "libmf.h"
#include "gamma.h"

#define LGAMMAF_ERR	32768
#define TGAMMAF_ERR	4096

/* (-1)^k pi^2k / (2k + 1)!, k = 0..11: sin(pi r) / pi = r sum c_k r^2k,
 * the first term left out under 2^-60 of it for |r| <= 1/2. */
static const double sinpi_c[12] = {
	0x1.0000000000000p+0, -0x1.a51a6625307d3p+0, 0x1.9f9cb402bc46cp-1,
	-0x1.86a8e4720db67p-3, 0x1.ac6805cf350a6p-6, -0x1.33816aa4607abp-9,
	0x1.374719fab3915p-13, -0x1.d42498d1ce099p-18, 0x1.0fc992ff39e13p-22,
	-0x1.f5f9d970ca6dfp-28, 0x1.79788684225eap-33, -0x1.d7353939082fep-39,
};

/* log z for a normal z > 0, within 2^-51 absolutely (log_kernel) and a
 * rounding. */
static inline double log_d(double z)
{
	int k;
	double l = log_kernel(z, &k);

	return k * LN2_HI + (l + k * LN2_LO);
}

/* Stirling's sum but for (z - 1/2) log z: -z + log(2 pi)/2 + the series,
 * for z >= 10. */
static inline double stirling_rest(double z)
{
	double w = 1.0 / z, w2 = w * w, w4 = w2 * w2;
	double s = w * ((lgamma_stirling[0] + w2 * lgamma_stirling[1]) +
			w4 * ((lgamma_stirling[2] + w2 * lgamma_stirling[3]) +
			      w4 * (lgamma_stirling[4] + w2 * lgamma_stirling[5])));

	return (HALF_LN_2PI_HI - z) + s;
}

/* x (x+1) ... (x+n-1) into *p, returns x + n, the first of x, x + 1, ...
 * at or above 10; two products side by side to shorten the chain. */
static inline double shift_up(double x, double *p)
{
	double p0 = 1.0, p1 = 1.0;

	while (x < 9.0) {
		p0 *= x;
		p1 *= x + 1.0;
		x += 2.0;
	}
	if (x < 10.0) {
		p0 *= x;
		x += 1.0;
	}
	*p = p0 * p1;
	return x;
}

/* eps (c0 + eps (t[0] + eps (t[1] + ...))), |eps| < 1/16. */
static inline double taylor(double eps, const double *t, double c0)
{
	double e2 = eps * eps, e4 = e2 * e2, e8 = e4 * e4;
	double a = (t[0] + eps * t[1]) + e2 * (t[2] + eps * t[3]);
	double b = (t[4] + eps * t[5]) + e2 * (t[6] + eps * t[7]);
	double c = (t[8] + eps * t[9]) + e2 * (t[10] + eps * t[11]);

	return eps * (c0 + eps * ((a + e4 * b) + e8 * c));
}

/* log Gamma(x) for 0 < x < 2^60; *m the largest term, which bounds the
 * error. */
static double lgamma_pos(double x, double *m)
{
	double p, z, l, y;

	if (__builtin_fabs(x - 1.0) < 0.0625) {
		y = taylor(x - 1.0, lgamma_taylor1, -EULER_HI);
		*m = __builtin_fabs(y);
		return y;
	}
	if (__builtin_fabs(x - 2.0) < 0.0625) {
		y = taylor(x - 2.0, lgamma_taylor2, ONE_MINUS_EULER_HI);
		*m = __builtin_fabs(y);
		return y;
	}
	if (x >= 10.0) {
		y = (x - 0.5) * log_d(x) + stirling_rest(x);
		*m = __builtin_fabs(y) + x;
		return y;
	}
	z = shift_up(x, &p);
	l = log_d(p);
	y = (z - 0.5) * log_d(z) + stirling_rest(z);
	*m = y + __builtin_fabs(l) + z;
	return y - l;
}

/* |sin(pi x)| / pi for x < 0 not an integer, |x| < 2^23. */
static inline double sinpi_abs(double x)
{
	double r = x - (double)(int)x, r2, r4, r8;	/* exact, in (-1, 0) */

	if (r < -0.5)
		r += 1.0;
	r2 = r * r;
	r4 = r2 * r2;
	r8 = r4 * r4;
	return __builtin_fabs(r) *
	       (((sinpi_c[0] + r2 * sinpi_c[1]) + r4 * (sinpi_c[2] + r2 * sinpi_c[3])) +
		r8 * (((sinpi_c[4] + r2 * sinpi_c[5]) + r4 * (sinpi_c[6] + r2 * sinpi_c[7])) +
		      r8 * ((sinpi_c[8] + r2 * sinpi_c[9]) +
			    r4 * (sinpi_c[10] + r2 * sinpi_c[11]))));
}

float lgammaf_r(float x, int *sign)
{
	double y, m, s;

	if (x > 0 && x < 0x1p60f) {
		*sign = 1;
		y = lgamma_pos(x, &m);
	} else if (x < 0 && x > -0x1p23f && x != (float)(int)x) {
		*sign = (int)x & 1 ? 1 : -1;
		s = log_d(sinpi_abs(x));
		y = lgamma_pos(1.0 - (double)x, &m);
		m += __builtin_fabs(s);
		y = -s - y;
	} else {
		return to_float(lgamma_r(x, sign));
	}
	/* The error, m 2^-50, within LGAMMAF_ERR / 2 units of y's last place
	 * (2^-53 |y| or more): m at most 2^11 |y|. */
	if (m <= 0x1p11 * __builtin_fabs(y) && float_is_clear(y, LGAMMAF_ERR))
		return (float)y;
	return to_float(lgamma_r(x, sign));
}

float lgammaf(float x)
{
	return lgammaf_r(x, &signgam);
}

float gammaf(float x)
{
	return lgammaf_r(x, &signgam);
}

float tgammaf(float x)
{
	double p, z, t, y;
	int k;

	/* Gamma(35.1) > 2^128, |Gamma(-42)| < 2^-170. */
	if (x < 35.1f && x > -42.0f && x != 0 && !(x < 0 && x == (float)(int)x)) {
		z = shift_up(x, &p);
		t = log_kernel(z, &k);
		t = (z - 0.5) * (k * 128.0 + t * INV_LN2_128) +
		    stirling_rest(z) * INV_LN2_128;
		y = exp2_128(t) / p;
		if (__builtin_fabs(y) >= 0x1p-126 && __builtin_fabs(y) < 0x1p128 &&
		    float_is_clear(y, TGAMMAF_ERR))
			return (float)y;
	}
	return to_float(tgamma(x));
}
