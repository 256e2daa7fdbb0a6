/*
 * sinf, cosf, sincosf and tanf in double arithmetic (libmf.h). Below
 * 2^16, x = j pi/32 + r with j the nearest integer to x 32/pi and
 * |r| <= pi/64, by Cody and Waite's method with pi/32 in two pieces from
 * tables.h's pieces of pi/2 (j times the first, of 33 bits, is exact;
 * the second, a double, leaves 2^-67 absolutely); then sin(x) = sin(j pi/32) cos r + cos(j pi/32) sin r from
 * sin_pi32_table and the Taylor series of sin r to r^7 and cos r to r^6,
 * whose terms left out stay under 2^-54 and 2^-49. The table's zeros
 * are exact, so that no sum cancels near a zero of sin or cos (at most
 * by 3 elsewhere). The results' relative error is under 2^-46 (with a
 * directed mode's roundings, and tanf's quotient): 2^12 units in the
 * last place, with a margin. Above 2^16, and for the few results whose rounding that
 * leaves in doubt, rem_pio2 and sin.c's double-double kernels decide.
 */
#include "libmf.h"

#define TRIGF_ERR	4096

/* sin(x + y), cos(x + y) or tan(x + y) for x + y reduced by rem_pio2
 * with quotient n, rounded once to float. */
enum { SINF, COSF, TANF };

static float trigf_dd(float x, int which)
{
	double y[2] = { x, 0 };
	int n = __builtin_fabsf(x) <= 0.785f ? 0 : rem_pio2(x, y);
	dd s = sin_dd(y[0], y[1]), c = cos_dd(y[0], y[1]), r;

	if (which == TANF) {
		r = n & 1 ? dd_div(c, s) : dd_div(s, c);
		n = n & 1 ? 2 : 0;	/* -cos/sin */
	} else {
		n += which;
		r = n & 1 ? c : s;
	}
	if (n & 2) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	return dd_to_float(r);
}

/* sin(j pi/32) and cos(j pi/32) into *sj and *cj; returns r = x - j pi/32. */
static inline double reduce_pi32(float x, double *sj, double *cj)
{
	/* The nearest integer (ROUND_SHIFT), put right where a directed
	 * rounding mode made it a neighbour: that would leave |r| up to
	 * pi/32 and the sum cancelling near sin's and cos's zeros. */
	double t = x * (16 * INV_PIO2), kt = t + ROUND_SHIFT, kd = kt - ROUND_SHIFT;
	uint64_t j = asuint64(kt);

	if (__builtin_expect(__builtin_fabs(t - kd) > 0.5, 0)) {
		j += t > kd ? 1 : -1;
		kd += t > kd ? 1 : -1;
	}
	*sj = sin_pi32_table[j & (SIN_PI32_TABLE_SIZE - 1)];
	*cj = sin_pi32_table[(j + 16) & (SIN_PI32_TABLE_SIZE - 1)];
	return (x - kd * (PIO2_1 / 16)) - kd * ((PIO2_2 + PIO2_3) / 16);
}

/* sin r and cos r for |r| <= pi/64. */
static inline void sincos_small(double r, double *s, double *c)
{
	double r2 = r * r, r4 = r2 * r2;

	*s = r + r * r2 * ((-1.0 / 6 + r2 * (1.0 / 120)) - r4 * (1.0 / 5040));
	*c = 1.0 + r2 * ((-0.5 + r2 * (1.0 / 24)) - r4 * (1.0 / 720));
}

/* |x| < 2^-12: sin x = x - x^3/6 within 2^-60 of x, rounded once (the
 * correction, however small, moves a directed rounding as it should). */
float sinf(float x)
{
	double sj, cj, s, c, y;

	if (__builtin_fabsf(x) < 0x1p-12f)
		return x == 0 ? x : (float)(x - x * (x * (double)x) * (1.0 / 6));
	if (!(__builtin_fabsf(x) < 0x1p16f)) {
		if (!__builtin_isfinite(x))
			return __builtin_isnan(x) ? x + x : math_invalidf(x);
		return trigf_dd(x, SINF);
	}
	sincos_small(reduce_pi32(x, &sj, &cj), &s, &c);
	y = sj * c + cj * s;
	if (float_is_clear(y, TRIGF_ERR))
		return (float)y;
	return trigf_dd(x, SINF);
}

float cosf(float x)
{
	double sj, cj, s, c, y;

	if (__builtin_fabsf(x) < 0x1p-13f)
		return (float)(1.0 - x * (double)x * 0.5);
	if (!(__builtin_fabsf(x) < 0x1p16f)) {
		if (!__builtin_isfinite(x))
			return __builtin_isnan(x) ? x + x : math_invalidf(x);
		return trigf_dd(x, COSF);
	}
	sincos_small(reduce_pi32(x, &sj, &cj), &s, &c);
	y = cj * c - sj * s;
	if (float_is_clear(y, TRIGF_ERR))
		return (float)y;
	return trigf_dd(x, COSF);
}

void sincosf(float x, float *s, float *c)
{
	*s = sinf(x);
	*c = cosf(x);
}

float tanf(float x)
{
	double sj, cj, s, c, y;

	if (__builtin_fabsf(x) < 0x1p-12f)
		return x == 0 ? x : (float)(x + x * (x * (double)x) * (1.0 / 3));
	if (!(__builtin_fabsf(x) < 0x1p16f)) {
		if (!__builtin_isfinite(x))
			return __builtin_isnan(x) ? x + x : math_invalidf(x);
		return trigf_dd(x, TANF);
	}
	sincos_small(reduce_pi32(x, &sj, &cj), &s, &c);
	y = (sj * c + cj * s) / (cj * c - sj * s);
	if (float_is_clear(y, TRIGF_ERR))
		return (float)y;
	return trigf_dd(x, TANF);
}
