/*
 * asinh, acosh, atanh: logarithms of double-doubles t = hi + lo built
 * without cancellation: |x| + sqrt(x^2 + 1), x + sqrt((x - 1)(x + 1)),
 * (1 + x) / (1 - x). First in double arithmetic (log_hilo of a t from
 * one hardware square root or one division, each with its residual) and
 * Ziv's test; where it fails, the accurate path: the double-double
 * square root or quotient and log_of_dd.
 */
#include "libm.h"
#include "tables.h"

/*
 * log(th + tl) for normal th > 0, |tl| <= 2^-50 th, as an unnormalised
 * hi + lo, its error bound into *err. On asinh_log_table (invc with 20
 * bits): th = 2^k m, R = m invc - 1 = r + re exactly, from m's top 33
 * bits times invc (exact, and exact minus 1 by Sterbenz) and the rest
 * times invc (exact too); |R| <= 2^-7. log(1 + R) = R - R^2/2 + R^3 P(R)
 * to R^10 (the terms left out below 2^-59 |r|^3), r^2/2's head exact; k
 * LN2_HI + the table's head is exact and at least |r| where not 0. tl
 * enters late, off the square root's or the quotient's path: d = 2^-k tl
 * invc, log(1 + R + d) - log(1 + R) = d (1 - r + r^2) within 2 |d r^3|
 * <= 2^-48.5 |r|^3. The roundings of the sum in lo stay below 2^-100 +
 * 2^-80 |hi| + 2^-50 |r|^3 (r^3 P) + 2^-50 |lc|, and |lc| < 2^-38.2 for
 * k <= 54 (th below 2^55): within 2^-87 + 2^-80 |hi| + 2^-48 |r|^3.
 */
static inline __attribute__((always_inline)) dd log_hilo(double th,
		double tl, double *err)
{
	uint64_t u = asuint64(th), t = u - LOG_BASE_BITS;
	int k = (int)((int64_t)t >> 52);
	const double *e = asinh_log_table[t >> 45 & (LOG_TABLE_SIZE - 1)];
	double m = asdouble(u - (t & 0xfff0000000000000ULL)), kd = k;
	double mh = asdouble(asuint64(m) & 0xfffffffffff00000ULL);
	dd rr = two_sum(mh * e[0] - 1.0, (m - mh) * e[0]);
	double r = rr.hi, re = rr.lo, r2 = r * r, r3 = r * r2;
	double sh = asdouble(asuint64(r) & 0xfffffffff8000000ULL), sl = r - sh;
	double lc = kd * LN2_LO + e[2], p, lo, d;
	dd b, c;

	/* P(r) = 1/3 - r/4 + r^2/5 - ... - r^7/10. */
	p = ((1.0 / 3 - r * (1.0 / 4)) + r2 * (1.0 / 5 - r * (1.0 / 6))) +
	    (r2 * r2) * ((1.0 / 7 - r * (1.0 / 8)) +
			 r2 * (1.0 / 9 - r * (1.0 / 10)));
	b = fast_two_sum(kd * LN2_HI + e[1], r);
	c = fast_two_sum(b.hi, -0.5 * sh * sh);
	lo = (b.lo + c.lo) + lc + (re - 0.5 * sl * (r + sh) - r * re) + r3 * p;
	d = tl * pow2(-k) * e[0];
	lo += d * ((1.0 - r) + r2);
	*err = 0x1p-87 + 0x1p-80 * __builtin_fabs(c.hi) +
	       0x1p-48 * __builtin_fabs(r3);
	return (dd){ c.hi, lo };
}

/* a^2 exactly as hi + lo (the low part's own product rounded, below
 * 2^-104 a^2): a's 26-bit head squared and twice head times tail exact. */
static inline dd square_masked(double a)
{
	double ah = asdouble(asuint64(a) & 0xfffffffff8000000ULL), al = a - ah;
	dd r;

	r.hi = a * a;
	r.lo = ((ah * ah - r.hi) + (ah + ah) * al) + al * al;
	return r;
}

/*
 * sqrt(u.hi + u.lo) as s + *ds, for u.hi normal and |u.lo| <= 2^-50
 * u.hi: s = sqrt(u.hi) rounded, *ds its residual u - s^2 (s^2 exact by
 * masking) over 2 s, the first-order correction (the second is below
 * 2^-100 s).
 */
static inline __attribute__((always_inline)) double sqrt_hilo(dd u,
		double *ds)
{
	double s = sqrt_insn(u.hi);
	dd q = square_masked(s);

	*ds = (((u.hi - q.hi) - q.lo) + u.lo) / (2 * s);
	return s;
}

/* hi + lo within err, negated if negative and scaled by f (a power of
 * two), into *y and 1; 0 where the rounding is in doubt. */
static inline int finish(dd l, double err, double f, int negative, double *y)
{
	if (negative) {
		l.hi = -l.hi;
		l.lo = -l.lo;
	}
	if (!round_is_clear(l.hi, l.lo, err))
		return 0;
	*y = f * (l.hi + l.lo);
	return 1;
}

/* log(2 ax) for ax above 2^28, where the square roots are ax. */
static double log_twice(double ax)
{
	dd l = dd_add(log_dd(ax), (dd){ LN2_DD_HI, LN2_DD_LO });

	return l.hi + l.lo;
}

double asinh(double x)
{
	double ax = __builtin_fabs(x), y;
	dd s, t;

	if (!__builtin_isfinite(x))
		return x + x;
	if (ax < 0x1p-26) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (ax > 0x1p28)
		return copysign(log_twice(ax), x);
	if (ax >= 0x1p-8) {
		/* ax^2 + 1 exact as u, its root s + ds, t = ax + s + ds. */
		double sq, ds, err;
		dd a = square_masked(ax), u = two_sum(1.0, a.hi), l;

		u.lo += a.lo;
		sq = sqrt_hilo(u, &ds);
		s = fast_two_sum(sq, ax);
		l = log_hilo(s.hi, s.lo + ds, &err);
		if (finish(l, err, 1.0, x < 0, &y))
			return y;
	}
	s = dd_sqrt(dd_add_d(two_prod(ax, ax), 1.0));
	s = dd_add_d(s, ax);
	t = log_of_dd(s);
	return copysign(t.hi + t.lo, x);
}

double acosh(double x)
{
	double y;
	dd s, t;

	if (__builtin_isnan(x))
		return x + x;

	if (!(x >= 1.0))
		return __builtin_isnan(x) ? x + x : math_invalid(x);
	if (x == 1.0)
		return 0.0;
	if (x > 0x1p28)
		return __builtin_isinf(x) ? x : log_twice(x);
	{
		/* x^2 - 1 exact as u (x^2 - 1 >= 2^-51 exceeds x^2's
		 * rounding), its root s + ds, t = x + s + ds. */
		double sq, ds, err;
		dd a = square_masked(x), u = fast_two_sum(a.hi, -1.0), l;

		u = fast_two_sum(u.hi, u.lo + a.lo);
		sq = sqrt_hilo(u, &ds);
		s = fast_two_sum(x, sq);
		l = log_hilo(s.hi, s.lo + ds, &err);
		if (finish(l, err, 1.0, 0, &y))
			return y;
	}
	s = dd_sqrt(dd_mul(two_sum(x, -1.0), two_sum(x, 1.0)));
	s = dd_add_d(s, x);
	t = log_of_dd(s);
	return t.hi + t.lo;
}

double atanh(double x)
{
	double ax = __builtin_fabs(x), y;
	dd q, t;

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax < 1.0)) {
		if (__builtin_isnan(x))
			return x + x;
		return ax == 1.0 ? math_divzero(x < 0) : math_invalid(x);
	}
	if (ax < 0x1p-27) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x + x * 0x1p-60;
	}
	if (ax >= 0x1p-8) {
		/* q = (1 + ax) / (1 - ax) as q0 + ql, the quotient with its
		 * residual (q0 d.hi exact by masking). */
		double inv, q0, ql, err;
		dd n = fast_two_sum(1.0, ax), d = fast_two_sum(1.0, -ax), p, l;

		inv = 1.0 / d.hi;
		q0 = n.hi * inv;
		p = mul_masked(q0, d.hi);
		ql = ((((n.hi - p.hi) - p.lo) + n.lo) - q0 * d.lo) * inv;
		l = log_hilo(q0, ql, &err);
		if (finish(l, err, 0.5, x < 0, &y))
			return y;
	}
	q = dd_div(two_sum(1.0, ax), two_sum(1.0, -ax));
	t = log_of_dd(q);
	return copysign(0.5 * (t.hi + t.lo), x);
}
