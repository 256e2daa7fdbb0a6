/*
 * erff and erfcf in double arithmetic (libmf.h). Below 1/16 the odd
 * series of erf to x^9 (the rest under 2^-50 of it); up to 5.9 the
 * Taylor expansion at the nearest sixteenth c from erf.c's erf_table,
 * erf(x) = erf(c) + d and erfc(x) = erfc(c) - d with d in plain double
 * (d <= 0.37 erfc(c): no sum cancels); erfc from 5.9 to 10 as e^(-x^2)
 * Q(1/x^2) / x, e^(-x^2) the square of exp2_128 at half the exponent.
 * Beyond, erf rounds like 1 - 2^-30 (erfc < 2^-25 from 3.92) and erfc
 * underflows. Special values, and the few results whose rounding the
 * error leaves in doubt, come from erf and erfc.
 */
#include "libmf.h"

/* Every path's result stayed within 540 units in its last place
 * (measured against erfl and erfcl on every float from 2^-31 to 10);
 * ERFF_ERR keeps a margin of 7. */
#define ERFF_ERR	4096

/* erf(x) for |x| < 1/16: 2/sqrt(pi) (-1)^k / (k! (2k + 1)), k = 0..4. */
static inline double erf_series(double x)
{
	double z = x * x;

	return x * (0x1.20dd750429b6dp+0 + z * (-0x1.812746b0379e7p-2 +
		z * (0x1.ce2f21a042be2p-4 + z * (-0x1.b82ce31288b51p-6 +
		z * 0x1.565bcd0e6a53fp-8))));
}

/* The same as a double-double, the series to x^13 (the rest under 2^-70
 * of it): erf's and erfc's doubles round to a float midpoint at some
 * of these (+-0x1.81d5acp-13, -0x1.d93ec4p-17). */
static inline dd erf_series_dd(double x)
{
	double z = x * x;
	dd p = two_prod(0x1.20dd750429b6dp+0, x);

	p.lo += x * 0x1.1ae3a914fed80p-56 + x * z * (-0x1.812746b0379e7p-2 +
		z * (0x1.ce2f21a042be2p-4 + z * (-0x1.b82ce31288b51p-6 +
		z * (0x1.565bcd0e6a53fp-8 + z * (-0x1.c02db40040b86p-11 +
		z * 0x1.f9a326f9b89b7p-14)))));
	return fast_two_sum(p.hi, p.lo);
}

/* For 1/16 <= a < 5.9: erf(a) - erf(c), c = j/16 the nearest sixteenth
 * (a - c exact), and c's row of erf_table in *row. */
static inline double erf_step(double a, const double **row)
{
	int j = (int)(a * 16 + 0.5), k;
	const double *t = erf_table[j - 1];
	double h = a - j * (1.0 / 16), p = t[ERF_ROW - 1];

	for (k = ERF_ROW - 2; k >= 6; k--)
		p = t[k] + h * p;
	*row = t;
	return h * t[4] + h * h * p;
}

/*
 * Q(v) = x e^(x^2) erfc(x) for v = 1/x^2, x in [5.875, 10.1]: a
 * Chebyshev fit of degree 6 (mpmath's chebyfit), within 2^-44 of Q.
 */
static inline double erfc_tail(double x)
{
	double r = 1 / x, v = r * r, v2 = v * v;
	double q = (0x1.20dd7502d03cap-1 + v * -0x1.20dd7090f561fp-2) +
		   v2 * ((0x1.b1491990a9ff2p-2 + v * -0x1.0e849cd9bdb6dp+0) +
			 v2 * (0x1.d16b0040b1c56p+1 + v * -0x1.ca0904ed134bep+3 +
			       v2 * 0x1.5147ffc1902c3p+5));
	double e = exp2_128(x * x * (-0.5 * INV_LN2_128));

	return e * e * (r * q);
}

float erff(float x)
{
	double a = __builtin_fabsf(x), y;
	const double *t;

	if (!(a < 3.92)) {
		if (__builtin_isnan(x))
			return x + x;
		if (__builtin_isinf(x))
			return __builtin_copysignf(1.0f, x);
		return (float)__builtin_copysign(1.0 - 0x1p-30, x);
	}
	if (a < 0x1p-4) {
		if (a < 0x1p-100)	/* a result maybe not normal */
			return (float)erf(x);
		y = erf_series(x);
	} else {
		y = erf_step(a, &t);
		y = __builtin_copysign(t[0] + y, x);
	}
	if (float_is_clear(y, ERFF_ERR))
		return (float)y;
	if (a < 0x1p-4)
		return dd_to_float(erf_series_dd(x));
	return (float)erf(x);
}

/* The float of y, or 0 when its rounding is in doubt: below 2^-126, y +
 * 2^-126 has its last place 29 bits below a subnormal float's, as a
 * normal float's double has. */
static inline int erfc_is_clear(double y)
{
	if (y >= 0x1p-126)
		return float_is_clear(y, ERFF_ERR);
	return float_is_clear(y + 0x1p-126, ERFF_ERR + 1);
}

float erfcf(float x)
{
	double a = __builtin_fabsf(x), y;
	const double *t;

	if (!(x > -3.92f && x < 10.0f)) {
		if (x <= -3.92f)	/* 2 - erfc|x|, erfc|x| < 2^-25 */
			return __builtin_isinf(x) ? 2.0f : (float)(2.0 - 0x1p-29);
		return to_float(erfc(x));
	}
	if (a < 0x1p-4) {
		y = 1.0 - erf_series(x);
	} else if (a < 5.9) {
		y = erf_step(a, &t);
		y = x > 0 ? (t[2] - y) + t[3] : (1.0 + t[0]) + (y + t[1]);
	} else {
		y = erfc_tail(a);
	}
	if (erfc_is_clear(y))
		return to_float(y);
	if (a < 0x1p-4) {
		dd e = erf_series_dd(x), r = fast_two_sum(1.0, -e.hi);

		return dd_to_float(fast_two_sum(r.hi, r.lo - e.lo));
	}
	return to_float(erfc(x));
}
