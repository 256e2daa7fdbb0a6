/*
 * sin, cos, sincos and their kernels, on x + y with |x| <= pi/4 + a
 * little (after rem_pio2) and y the reduced argument's tail.
 *
 * From 2^-26 to 2^12 first, one reduction to x = k pi/128 + r, |r| <=
 * pi/256, and a table of sin(j pi/128) for the whole circle (tables.h,
 * pi128_reduce and pi128_sin): no quadrant, no sign, cos is the entry 64
 * on. Where its rounding test fails (about one call in 200), or r falls
 * outside its range (half the calls in a directed rounding mode), the
 * path below.
 *
 * The fast path after rem_pio2 (sin_fast, for both) in double
 * arithmetic: |x| = j/128 + r with |r| <= 1/256 (exact, Sterbenz), and
 *   sin(j/128 + r) = S + C sin r + S (cos r - 1),
 *   cos(j/128 + r) = C - S sin r + C (cos r - 1),
 * with S = sin(j/128), C = cos(j/128) double-doubles from sincos_table and
 * sin r to r^5, cos r to r^6 (terms left out below 2^-68); y joins sin r
 * as a first order correction. hi + lo (S or C, then the rest) is within
 * 6 2^-62 (absolutely; the products C r or S r, at most 2^-8, rounded,
 * the two sums of that size, y's second order, the rounding test's own
 * sums): for sin below j = 16 (|x| < 0.121, where C r would be too large a
 * part of the result), x + x^3 (-1/6 + ...) to x^11 instead, within 2^-52
 * |x|^3 + 2^-104 |x|. Ziv's rounding test then takes hi + lo where that
 * error cannot change the rounding (all but about one call in a hundred
 * on [-10, 10]), else the double-double kernels sin_dd, cos_dd decide.
 *
 * The double-double kernels: Taylor series to x^21 / x^22 whose leading
 * terms are double-doubles (x - x^3/6, 1 - x^2/2 + x^4/24), with y as a
 * first order correction: sin(x + y) ~ sin x + y cos x, cos(x + y) ~ cos
 * x - y sin x.
 */
#include "libm.h"
#include "tables.h"

/* 1/6 and 1/24 as double-doubles. */
#define SIXTH_HI 0x1.5555555555555p-3
#define SIXTH_LO 0x1.5555555555555p-57
#define TWENTYFOURTH_HI 0x1.5555555555555p-5
#define TWENTYFOURTH_LO 0x1.5555555555555p-59

dd sin_dd(double x, double y)
{
	double x2 = x * x, p, lo;
	dd sq = two_prod(x, x), cube, t, s;

	p = x2 * x2 * x * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880 +
		x2 * (-1.0 / 39916800 + x2 * (1.0 / 6227020800 +
		x2 * (-1.0 / 1307674368000 + x2 * (1.0 / 355687428096000 +
		x2 * (-1.0 / 121645100408832000 +
		x2 * (1.0 / 51090942171709440000.0)))))))));
	cube = dd_mul_d(sq, x);
	t = dd_mul(cube, (dd){ -SIXTH_HI, -SIXTH_LO });
	s = fast_two_sum(x, t.hi);
	lo = s.lo + t.lo + p + y * (1.0 - 0.5 * x2);
	return fast_two_sum(s.hi, lo);
}

dd cos_dd(double x, double y)
{
	double x2 = x * x, p, lo;
	dd sq = two_prod(x, x), t4, w, s;

	p = x2 * x2 * x2 * (-1.0 / 720 + x2 * (1.0 / 40320 +
		x2 * (-1.0 / 3628800 + x2 * (1.0 / 479001600 +
		x2 * (-1.0 / 87178291200 + x2 * (1.0 / 20922789888000 +
		x2 * (-1.0 / 6402373705728000 +
		x2 * (1.0 / 2432902008176640000 +
		x2 * (-1.0 / 1124000727777607680000.0)))))))));
	t4 = dd_mul(dd_mul(sq, sq), (dd){ TWENTYFOURTH_HI, TWENTYFOURTH_LO });
	w = fast_two_sum(1.0, -0.5 * sq.hi);
	s = fast_two_sum(w.hi, t4.hi);
	lo = w.lo + s.lo - 0.5 * sq.lo + t4.lo + p -
	     y * x * (1.0 - x2 * (1.0 / 6));
	return fast_two_sum(s.hi, lo);
}

/*
 * sin(y[0] + y[1]) for even n, cos for odd, negated for n & 2: the fast
 * path into *v, or 0 when the double-double kernels must decide. Without
 * a branch on n: cos(j/128 + r) = C + (-S) sin r + C (cos r - 1) is sin's
 * formula with (C, -S) for (S, C).
 */
static inline __attribute__((always_inline)) int sin_fast(const double y[2], int n,
								double *v)
{
	double x = y[0], t = __builtin_fabs(x), hi, lo, err;
	int q = n & 1, j = (int)(t * 128 + 0.5);
	uint64_t xsign = asuint64(x) & 0x8000000000000000ULL;
	/* The result's sign: n & 2, and x's for sin (cos is even). */
	double sign = asdouble(0x3ff0000000000000ULL ^ (uint64_t)(n & 2) << 62 ^
			       (xsign & ((uint64_t)q - 1)));

	/* sin below j = 16: j - 16 < 0 and q - 1 = -1, one test (a branch
	 * on the quadrant alone would be mispredicted half the time). */
	if (__builtin_expect(((j - 16) & (q - 1)) < 0, 0)) {
		double x2 = x * x;

		hi = t;
		lo = t * x2 * (-1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5040 +
			x2 * (1.0 / 362880 + x2 * (-1.0 / 39916800))))) +
		     asdouble(asuint64(y[1]) ^ xsign) * (1.0 - 0.5 * x2);
		err = t * (x2 * 0x1p-52 + 0x1p-104);
	} else {
		const double *e = sincos_table[j];
		/* sin's (S, C) or cos's (C, -S) */
		double a = e[2 * q], al = e[2 * q + 1];
		double bsign = asdouble(0x3ff0000000000000ULL | (uint64_t)q << 63);
		double b = bsign * e[2 - 2 * q], bl = bsign * e[3 - 2 * q];
		double r = t - j * (1.0 / 128), r2 = r * r;
		double s = r * r2 * (-1.0 / 6 + r2 * (1.0 / 120)) +
			   asdouble(asuint64(y[1]) ^ xsign);
		double c = r2 * (-0.5 + r2 * (1.0 / 24 - r2 * (1.0 / 720)));

		hi = a;
		lo = al + b * r + (b * s + a * c + bl * r);
		err = 0x1.8p-60;
	}
	hi *= sign;
	lo *= sign;
	if (!round_is_clear(hi, lo, err))
		return 0;
	*v = hi + lo;
	return 1;
}

/* x = n pi/2 + y[0] + y[1], |y[0]| <= pi/4 + a little: returns n. */
static inline int reduce(double x, double y[2])
{
	if (__builtin_fabs(x) <= 0.785) {
		y[0] = x;
		y[1] = 0;
		return 0;
	}
	if (__builtin_fabs(x) < 0x1p20 * 1.5707963267948966)
		return rem_pio2_medium(x, y);
	return rem_pio2(x, y);
}

/* sin(y[0] + y[1] + n pi/2): which kernel, which sign. */
static inline __attribute__((always_inline)) double sin_quadrant(const double y[2], int n)
{
	double v;
	dd r;

	if (sin_fast(y, n, &v))
		return v;
	r = n & 1 ? cos_dd(y[0], y[1]) : sin_dd(y[0], y[1]);
	/* negated before the one rounding, for the directed modes */
	return n & 2 ? -r.hi - r.lo : r.hi + r.lo;
}

/* sin (cosine = 0) or cos (1) of x. */
static double sin_or_cos(double x, int cosine)
{
	double y[2];
	int n = reduce(x, y);

	return sin_quadrant(y, n + cosine);
}

/* pi128_kernel's hi + lo rounded into *v, or 0 where the rounding is in
 * doubt. */
static inline __attribute__((always_inline)) int pi128_round(dd s, double *v)
{
	if (!round_is_clear(s.hi, s.lo, __builtin_fabs(s.hi) * 0x1.8p-62))
		return 0;
	*v = s.hi + s.lo;
	return 1;
}

double sin(double x)
{
	double r[2], v;
	int k;

	if (__builtin_expect(in_pi128_range(x), 1)) {
		k = pi128_reduce(x, r);
		if (k >= 0 && pi128_round(pi128_sin(r, k), &v))
			return v;
		return sin_or_cos(x, 0);
	}
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_fabs(x) < 0x1p-26) {
		if (x != 0 && __builtin_fabs(x) < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	return sin_or_cos(x, 0);
}

double cos(double x)
{
	double r[2], v;
	int k;

	if (__builtin_expect(in_pi128_range(x), 1)) {
		k = pi128_reduce(x, r);
		if (k >= 0 && pi128_round(pi128_sin(r, k + 64), &v))
			return v;
		return sin_or_cos(x, 1);
	}
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_fabs(x) < 0x1p-27)
		return 1.0 - __builtin_fabs(x) * 0x1p-60;
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	return sin_or_cos(x, 1);
}

/* One reduction for both, where sin's and cos's own edges are not. */
void sincos(double x, double *s, double *c)
{
	double y[2];
	int n;

	if (__builtin_expect(in_pi128_range(x), 1)) {
		dd sh, ch;

		n = pi128_reduce(x, y);
		if (n >= 0) {
			pi128_sincos(y, n, &sh, &ch);
			if (pi128_round(sh, s) && pi128_round(ch, c))
				return;
		}
	}
	if (!(__builtin_fabs(x) >= 0x1p-26 && __builtin_fabs(x) < __builtin_inf())) {
		*s = sin(x);
		*c = cos(x);
		return;
	}
	n = reduce(x, y);
	*s = sin_quadrant(y, n);
	*c = sin_quadrant(y, n + 1);
}
