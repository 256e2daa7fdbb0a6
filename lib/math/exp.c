/*
 * exp, and the kernel that exp2, exp10, expm1, pow, the hyperbolic
 * functions, erfc and tgamma share.
 *
 * x = (k / 128) ln2 + r with k integral and |r| <= ln2 / 256, so that
 * exp(x) = 2^(k >> 7) * 2^((k & 127) / 128) * exp(r): the middle factor is
 * a double-double from a table, exp(r) a degree-6 Taylor polynomial. The
 * reduction and the large products are error-free (pieces of ln2/128 with
 * trailing zeros, two_prod), so the double-double result has a relative
 * error near 2^-70 and the rounded double is almost always the correctly
 * rounded one.
 */
#include "libm.h"
#include "tables.h"

dd exp_core(double x, double xt, int *scale)
{
	int k = exp_index(x), j = k & (EXP_TABLE_SIZE - 1);
	double kd = k;
	double th = exp2_table[2 * j], tl = exp2_table[2 * j + 1];
	dd r, p, s;
	double q, lo;

	/* r = x + xt - k ln2/128, as a double-double. */
	r = two_sum(x - kd * LN2_128_HI, -kd * LN2_128_LO);
	r.lo += xt - kd * LN2_128_LO2;
	r = fast_two_sum(r.hi, r.lo);

	/* exp(r) - 1 = r.hi + r.lo + r.hi * r.lo + q. */
	q = r.hi * r.hi * (0.5 + r.hi * (1.0 / 6 + r.hi * (1.0 / 24 +
		r.hi * (1.0 / 120 + r.hi * (1.0 / 720)))));
	p = two_prod(th, r.hi);
	s = fast_two_sum(th, p.hi);
	lo = s.lo + p.lo + tl + th * (r.lo + q + r.hi * r.lo) + tl * r.hi;
	*scale = (k - j) / EXP_TABLE_SIZE;
	return fast_two_sum(s.hi, lo);
}

/*
 * exp(x + xt), negated if negative, for |x| < 709, |xt| <= 2^-40, where
 * x + xt itself is known within xerr: the same reduction and table
 * in double arithmetic, th + lo with an absolute error below 2^-58 (the
 * roundings of r, of q, of th q and of tl + th q, each at most 2^-53 of a
 * value below 2^-7.5, times th < 2), rounded once where that error
 * cannot change the rounding. Returns 0 where it can (a few calls in a
 * hundred) and where the result would not be a normal number: exp_core
 * then decides.
 */
int exp_fast(double x, double xt, double xerr, int negative, double *y)
{
	int k = exp_index(x), j = k & (EXP_TABLE_SIZE - 1);
	int scale = (k - j) / EXP_TABLE_SIZE;
	double kd = k, th = exp2_table[2 * j], tl = exp2_table[2 * j + 1];
	double r = (x - kd * LN2_128_HI) - kd * LN2_128_LO + xt, q, lo;
	double err = 0x1p-57 + 2 * xerr;

	if (negative) {		/* -exp, rounded as such */
		th = -th;
		tl = -tl;
	}

	q = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 +
		r * (1.0 / 120 + r * (1.0 / 720)))));
	lo = tl + th * q;
	if (!round_is_clear(th, lo, err) || scale < -1020 || scale > 1020)
		return 0;
	*y = (th + lo) * pow2(scale);
	return 1;
}

/* (r.hi + r.lo) * 2^scale, negated if negative, rounded once; errno and
 * the flags of an overflow or an underflow. r is in [1, 2]. */
double exp_finish(dd r, int scale, int negative)
{
	double y;

	if (negative) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	if (scale > 1020) {
		y = (r.hi + r.lo) * pow2(scale - 4);
		y *= 16.0;
		if (__builtin_isinf(y))
			errno = ERANGE;
		return y;
	}
	/* At 2^-1022 a value below 1 would be rounded twice: first to 53
	 * bits, then to the subnormal's. */
	if (scale > -1022 ||
	    (scale == -1022 && __builtin_fabs(r.hi + r.lo) >= 1.0))
		return (r.hi + r.lo) * pow2(scale);
	if (scale < -1080)
		return math_underflow(negative);
	/*
	 * Below 2^-1022: scale by 2^(scale + 1022) first (exact, the value is
	 * then below 1) and add 1, so that the one rounding falls where the
	 * subnormal's last bit will be.
	 */
	{
		double f = pow2(scale + 1022);
		double vh = r.hi * f, vl = r.lo * f, one = negative ? -1.0 : 1.0;
		dd a = fast_two_sum(one, vh);
		double z = a.hi + (a.lo + vl);

		y = copysign((z - one) * 0x1p-1022, one);
	}
	if (__builtin_fabs(y) < DBL_MIN) {
		force_eval(opaque(0x1p-1022) * 0x1p-1022);	/* underflow */
		if (y == 0)
			errno = ERANGE;
	}
	return y;
}

/*
 * 2^(k/128) exp(r) for |r| <= ln2/128, where the result is normal: the
 * table entry, exp(r) - 1 to r^5 in Estrin's form (truncation below
 * 2^-54.7 relative at ln2/128, 2^-61 at ln2/256) and the scale put on
 * by one multiply, with no rounding test: for |r| <= ln2/256 and r
 * within 2^-61 (absolute), th + lo carries an error below 2^-59 of th,
 * and the result is within 0.51 ulp. Exact, raising nothing, for r = 0.
 */
double exp_table_poly(int k, double r)
{
	int j = k & (EXP_TABLE_SIZE - 1);
	double th = exp2_table[2 * j], tl = exp2_table[2 * j + 1];
	double r2 = r * r, q;

	q = r + r2 * ((0.5 + r * (1.0 / 6)) + r2 * (1.0 / 24 + r * (1.0 / 120)));
	return (th + (tl + th * q)) * pow2(k >> 7);
}

/*
 * exp's own path, for 2^-54 <= |x| <= 708 (the result is normal): the
 * reduction of exp_core in double arithmetic, k by adding 1.5 2^52 (in
 * a directed rounding mode k may be the other neighbour: |r| stays below
 * ln2/128).
 */
static double exp_direct(double x)
{
	double t = x * INV_LN2_128 + ROUND_SHIFT, kd = t - ROUND_SHIFT;

	return exp_table_poly((int32_t)asuint64(t),
			      (x - kd * LN2_128_HI) - kd * LN2_128_LO);
}

double exp(double x)
{
	double ax = __builtin_fabs(x);
	int scale;
	dd r;

	/* Quiet comparisons: a quiet NaN raises nothing. */
	if (__builtin_expect(__builtin_islessequal(ax, 708.0) && ax >= 0x1p-54, 1))
		return exp_direct(x);
	if (__builtin_isnan(x) || x == __builtin_inf())
		return x + x;
	if (ax < 0x1p-54)
		return 1.0 + x;
	if (x > 0x1.62e42fefa39efp+9)
		return math_overflow(0);
	if (x < -0x1.74910d52d3052p+9)	/* below log(2^-1075) */
		return __builtin_isinf(x) ? 0.0 : math_underflow(0);
	r = exp_core(x, 0.0, &scale);
	return exp_finish(r, scale, 0);
}
