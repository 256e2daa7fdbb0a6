/*
 * The binary128 exponentials: expl, exp2l, exp10l, expm1l, powl and the
 * hyperbolic sinhl, coshl, tanhl. One kernel: e^x = r 2^k with
 * x - k ln2 = t, |t| <= ln2 / 2, and e^t - 1 by Taylor's series at t / 2^8
 * squared back eight times (e^2u - 1 = v (v + 2)), all in double-quad.
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

dq expm1_small_dq(dq x)
{
	dq t = dq_scale(x, Q(0x1p-8)), term = t, sum = t;
	int n;

	for (n = 2; n < 40; n++) {
		term = dq_div(dq_mul(term, t), dq_of(n));
		sum = dq_add(sum, term);
		if (qabs(term.hi) <= qabs(sum.hi) * Q(0x1p-226))
			break;
	}
	for (n = 0; n < 8; n++)
		sum = dq_mul(sum, dq_add_q(sum, 2));
	return sum;
}

int exp_dq(dq x, dq *r)
{
	quad kq = rintl(x.hi * DQ_LOG2E.hi);
	dq t = dq_sub(x, dq_mul_q(DQ_LN2, kq));

	*r = dq_add_q(expm1_small_dq(t), 1);
	return (int)kq;
}

quad exp_scaled(dq r, int k)
{
	quad y = scalbnl(dq_round(r), k);

	if (y != 0 && qexp(y) == 0)
		q_raise_underflow();
	return y;
}

/* NaN, inf and the arguments beyond which an exponential overflows or
 * underflows to zero; else 0. */
static int expl_special(quad x, quad *y, quad overflow, quad underflow)
{
	if (qisnan(x))
		*y = x + x;
	else if (qisinf(x))
		*y = x > 0 ? x : 0;
	else if (x > overflow)
		*y = q_overflow(0);
	else if (x < underflow)
		*y = q_underflow(0);
	else
		return 0;
	return 1;
}

quad expl(quad x)
{
	quad y;
	dq r;
	int k;

	if (expl_special(x, &y, EXP_OVERFLOW, EXP_UNDERFLOW))
		return y;
	if (qabs(x) < Q(0x1p-114))
		return 1 + x;
	k = exp_dq(dq_of(x), &r);
	return exp_scaled(r, k);
}

quad exp2l(quad x)
{
	quad y, k;
	dq r;

	if (expl_special(x, &y, 16384, -16495))
		return y;
	if (qabs(x) < Q(0x1p-114))
		return 1 + x;
	k = rintl(x);
	r = dq_add_q(expm1_small_dq(dq_mul_q(DQ_LN2, x - k)), 1);
	return exp_scaled(r, (int)k);
}

quad exp10l(quad x)
{
	quad y;
	dq r;
	int k;

	if (expl_special(x, &y, Q(4932.0754489586679023818980511660930),
			Q(-4965.4897784773698150506230684805125)))
		return y;
	if (qabs(x) < Q(0x1p-116))
		return 1 + x;
	k = exp_dq(dq_mul_q(DQ_LN10, x), &r);
	return exp_scaled(r, k);
}

/* e^x - 1 for |x| <= 50 (no overflow). */
static dq expm1_dq(quad x)
{
	dq r;
	int k;

	if (qabs(x) <= Q(0.5))
		return expm1_small_dq(dq_of(x));
	k = exp_dq(dq_of(x), &r);
	return dq_add_q(dq_scale(r, qpow2(k)), -1);
}


quad expm1l(quad x)
{
	if (qisnan(x))
		return x + x;
	if (qisinf(x))
		return x > 0 ? x : -1;
	if (x < -80)
		return qopaque(Q(0x1p-200)) - 1;	/* -1, inexact */
	if (x > EXP_OVERFLOW)
		return expl(x);
	if (qabs(x) < Q(0x1p-114))
		return q_tiny(x);
	if (x > 50)
		return expl(x);
	return dq_round(expm1_dq(x));
}

/* e^|x| / 2, for the |x| > 45 where e^-|x| no longer counts. */
static quad half_exp(quad ax)
{
	dq r;
	int k;

	if (ax > EXP_OVERFLOW + Q(0.69314718055994530941723212145817657))
		return q_overflow(0);
	k = exp_dq(dq_of(ax), &r);
	return exp_scaled(r, k - 1);
}

quad sinhl(quad x)
{
	quad ax = qabs(x), y;
	dq u;

	if (!qisfinite(x) || x == 0)
		return x + x;
	if (ax < Q(0x1p-57))
		return q_tiny(x);
	if (ax > 45) {
		y = half_exp(ax);
	} else {
		/* (e^a - e^-a) / 2 = (u + u / (u + 1)) / 2, u = e^a - 1 */
		u = expm1_dq(ax);
		y = dq_round(dq_scale(dq_add(u, dq_div(u, dq_add_q(u, 1))), Q(0.5)));
	}
	return qcopysign(y, x);
}

quad coshl(quad x)
{
	quad ax = qabs(x);
	dq u;

	if (qisnan(x))
		return x + x;
	if (qisinf(x))
		return ax;
	if (ax > 45)
		return half_exp(ax);
	if (ax < Q(0x1p-57))
		return 1 + qopaque(Q(0x1p-200));	/* 1 + x^2 / 2, inexact */
	/* 1 + u^2 / (2 (u + 1)), u = e^a - 1 */
	u = expm1_dq(ax);
	return dq_round(dq_add_q(dq_div(dq_mul(u, u), dq_scale(dq_add_q(u, 1), 2)), 1));
}

quad tanhl(quad x)
{
	quad ax = qabs(x);
	dq u;

	if (qisnan(x) || x == 0)
		return x + x;
	if (qisinf(x))
		return qcopysign(1, x);
	if (ax > 41)
		return qcopysign(1 - qopaque(Q(0x1p-200)), x);
	if (ax < Q(0x1p-57))
		return q_tiny(x);
	/* u / (u + 2), u = e^2a - 1 */
	u = expm1_dq(2 * ax);
	return qcopysign(dq_round(dq_div(u, dq_add_q(u, 2))), x);
}

/* 0 if y is not an integer, 1 if an odd one, 2 if an even one. */
static int integer_kind(quad y)
{
	int e = qexp(y) - Q_BIAS;

	if (e >= 112)
		return e == 112 && (qbits(y) & 1) ? 1 : 2;
	if (e < 0)
		return y == 0 ? 2 : 0;
	if (qbits(y) << (16 + e))
		return 0;	/* fraction bits below the units */
	return qbits(y) >> (112 - e) & 1 ? 1 : 2;
}

/* x^n for an integer n, 2 <= |n| <= 113, when it is exact in binary128:
 * x's significant bits times |n| fit in 113, x^n is well inside the
 * range, and for n < 0 x is a power of 2. Formed by squaring, with no
 * rounding; returns 0 where it would not be exact. */
static int integer_power(quad x, quad y, quad *r)
{
	u128 m128 = (qbits(x) & Q_MANT) | Q_HIDDEN;
	int e = qexp(x) - Q_BIAS, bits, tz = 0;
	unsigned m;

	if (qexp(x) == 0 || !(qabs(y) <= 113))	/* y is an integer */
		return 0;
	m = (unsigned)(int)qabs(y);
	while (!(m128 >> tz & 1))
		tz++;
	bits = 113 - tz;
	if (m < 2 || bits * (int)m > 113 || (y < 0 && bits != 1) ||
	    (e < 0 ? -e : e) * (int)m > 16000)
		return 0;
	*r = power_by_squaring(x, m);
	if (y < 0)
		*r = 1 / *r;	/* exact: x is a power of 2 */
	return 1;
}

quad powl(quad x, quad y)
{
	int kind = integer_kind(y), negative = 0, big, k;
	quad ax = qabs(x);
	dq t, r;

	if (y == 0 || x == 1)
		return 1;
	if (y == 1)
		return x;
	if (qisnan(x) || qisnan(y))
		return x + y;
	if (qisinf(y)) {
		if (ax == 1)
			return 1;
		return (ax < 1) == (y < 0) ? qfrom(Q_INF_BITS) : 0;
	}
	if (x < 0 || (x == 0 && qsignbit(x))) {
		if (!kind && qisfinite(x) && x != 0)
			return q_invalid();
		negative = kind == 1;
	}
	if (x == 0) {
		if (y < 0)
			return q_divzero(negative);
		return negative ? -Q(0.0) : 0;
	}
	if (qisinf(x)) {
		quad v = y < 0 ? 0 : qfrom(Q_INF_BITS);
		return negative ? -v : v;
	}
	if (ax == 1)
		return negative ? -1 : 1;
	if (kind) {
		quad p;

		if (integer_power(x, y, &p))
			return p;	/* exact: no inexact raised */
	}
	if (qabs(y) < Q(0x1p-130))	/* |y log x| < 2^-116 */
		return 1 + qopaque(Q(0x1p-200));
	t = log_dq(dq_of(ax));
	/* y log x, or its sign where it is beyond 2^20 (and the range). */
	big = qexp(t.hi) + qexp(y) - 2 * Q_BIAS > 20;
	if (big ? (t.hi > 0) == (y > 0) : t.hi * y > EXP_OVERFLOW)
		return q_overflow(negative);
	if (big || t.hi * y < EXP_UNDERFLOW)
		return q_underflow(negative);
	t = dq_mul_q(t, y);
	k = exp_dq(t, &r);
	t.hi = exp_scaled(r, k);
	return negative ? -t.hi : t.hi;
}

#endif
