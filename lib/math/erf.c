/*
 * erf and erfc. Below 2.5, the series of positive terms
 *   erf x = 2/sqrt(pi) e^(-x^2) sum (2x^2)^n x / (1 3 5 ... (2n+1))
 * in double-double, so that erfc = 1 - erf keeps its precision too. Above,
 * erfc by its continued fraction (evaluated backwards, in double) times
 * e^(-x^2) from exp_core, and erf = 1 - erfc.
 */
#include "libm.h"
#include "tables.h"

/* erf(x) for |x| < 2.5 as a double-double. */
static dd erf_dd(double x)
{
	dd m = two_prod(x, x), t = { x, 0.0 }, s = t, e;
	int n, scale;
	double f;

	for (n = 1; n < 200; n++) {
		t = dd_div(dd_mul(t, (dd){ 2 * m.hi, 2 * m.lo }),
			   (dd){ 2.0 * n + 1, 0.0 });
		s = dd_add(s, t);
		if (__builtin_fabs(t.hi) < 0x1p-110 * __builtin_fabs(s.hi))
			break;
	}
	e = exp_core(-m.hi, -m.lo, &scale);
	f = asdouble((uint64_t)(0x3ff + scale) << 52);
	e.hi *= f;
	e.lo *= f;
	return dd_mul(dd_mul(s, e), (dd){ TWO_OVER_SQRTPI_HI, TWO_OVER_SQRTPI_LO });
}

/* erfc(x) for x >= 2.5, rounded, with exp's underflow handling. */
static double erfc_large(double x)
{
	int k, n = 12 + (int)(300.0 / (x * x)), scale, shift;
	double f = x;
	dd m = two_prod(x, x), e, g;

	if (x > 27.3)
		return math_underflow(0);
	for (k = n; k >= 4; k--)
		f = x + (0.5 * k) / f;
	g.hi = f;	/* the last steps, which matter most, in double-double */
	g.lo = 0;
	for (k = 3; k >= 1; k--)
		g = dd_add_d(dd_div((dd){ 0.5 * k, 0.0 }, g), x);
	e = exp_core(-m.hi, -m.lo, &scale);
	e = dd_mul(e, dd_div((dd){ INV_SQRTPI, 0.5 * TWO_OVER_SQRTPI_LO }, g));
	/* Back into [1, 2) for exp_finish. */
	shift = exponent_bits(e.hi) - 0x3ff;
	f = asdouble((uint64_t)(0x3ff - shift) << 52);
	e.hi *= f;
	e.lo *= f;
	return exp_finish(e, scale + shift, 0);
}

double erf(double x)
{
	double ax = __builtin_fabs(x);
	dd r;

	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : copysign(1.0, x);
	if (ax < 0x1p-28) {
		if (ax < 0x1p-1000)	/* keep the subnormal product exact */
			return (x * 0x1p64 * TWO_OVER_SQRTPI_HI) * 0x1p-64;
		r = two_prod(x, TWO_OVER_SQRTPI_HI);
		return r.hi + (r.lo + x * TWO_OVER_SQRTPI_LO);
	}
	if (ax < 2.5) {
		r = erf_dd(x);
		return r.hi + r.lo;
	}
	if (ax > 6.0)
		return copysign(1.0 - opaque(0x1p-100), x);
	return copysign(1.0 - erfc_large(ax), x);
}

double erfc(double x)
{
	dd r;

	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : x > 0 ? 0.0 : 2.0;
	if (__builtin_fabs(x) < 0x1p-56)
		return 1.0 - x;
	if (x >= 2.5)
		return erfc_large(x);
	if (x <= -6.0)
		return 2.0 - opaque(0x1p-100);
	if (x <= -2.5)
		return 2.0 - erfc_large(-x);
	r = erf_dd(x);
	r = dd_add((dd){ 1.0, 0.0 }, (dd){ -r.hi, -r.lo });
	return r.hi + r.lo;
}

float erff(float x) { return (float)erf(x); }
float erfcf(float x) { return to_float(erfc(x)); }
