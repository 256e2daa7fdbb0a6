/*
 * The binary128 trigonometric functions in double-quad: sinl, cosl, tanl,
 * sincosl by Taylor's series on x - n pi/2 (Payne and Hanek's reduction
 * with 384 bits of 2/pi at the argument's exponent, exact for every
 * finite x), and atanl, asinl, acosl, atan2l from one atan kernel that
 * halves its argument five times (atan t = 2 atan(t / (1 + sqrt(1 + t^2)))
 * before its series.
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

#define WINDOW_WORDS 6		/* 384 bits of 2/pi */

/* Bits i .. i + 63 of 2/pi = sum b_i 2^-i (b_i = 0 for i < 1). */
static uint64_t two_over_pi_at(int i)
{
	int w, off;

	if (i < 1)
		return i <= -63 ? 0 : two_over_pi_at(1) >> (1 - i);
	w = (i - 1) / 64;
	off = (i - 1) % 64;
	return two_over_pi_bits[w] << off |
	       (off ? two_over_pi_bits[w + 1] >> (64 - off) : 0);
}

/* The 384-bit fraction frac[] (little-endian words) as a double-quad. */
static dq fraction_dq(const uint64_t frac[WINDOW_WORDS])
{
	int top = WINDOW_WORDS - 1, lz, i;
	u128 hi = 0, lo = 0;
	uint64_t bits[WINDOW_WORDS + 4] = { 0 };

	while (top >= 0 && !frac[top])
		top--;
	if (top < 0)
		return dq_of(0);
	lz = __builtin_clzll(frac[top]);
	/* Left-justify into bits[] (big-endian words from the top one). */
	for (i = 0; i <= top; i++) {
		uint64_t w = frac[top - i], below = top - i > 0 ? frac[top - i - 1] : 0;

		bits[i] = lz ? w << lz | below >> (64 - lz) : w;
	}
	hi = ((u128)bits[0] << 64 | bits[1]) >> 15;		/* 113 bits */
	lo = (((u128)bits[1] << 64 | bits[2]) << 49 |
	      (u128)bits[3] >> 15) >> 15;			/* the next 113 */
	{
		int e = 64 * (WINDOW_WORDS - 1 - top) + lz;	/* leading zeros */
		quad h = (quad)hi * qpow2(-113 - e), l = (quad)lo * qpow2(-226 - e);

		return fast_two_sum_q(h, l);
	}
}

int rem_pio2_dq(quad x, dq *r)
{
	u128 m;
	uint64_t win[WINDOW_WORDS], prod[WINDOW_WORDS + 2] = { 0 }, m0, m1;
	int e, s, i, j, n, negative = qsignbit(x);

	if (qabs(x) <= Q(0.78539816339744830961566084581987572)) {
		*r = dq_of(x);
		return 0;
	}
	e = qunpack(qbits(x) & ~Q_SIGN, &m) - Q_BIAS - 112;	/* |x| = m 2^e */
	s = e - 1;	/* earlier bits make multiples of 4 */
	for (j = 0; j < WINDOW_WORDS; j++)
		win[WINDOW_WORDS - 1 - j] = two_over_pi_at(s + 64 * j);
	m0 = (uint64_t)m;
	m1 = (uint64_t)(m >> 64);
	/* prod = m * win: |x| 2/pi = prod 2^-382 modulo 4; shifted by two,
	 * the fraction is the low 384 bits. */
	for (i = 0; i < WINDOW_WORDS; i++) {
		u128 c0 = (u128)m0 * win[i] + prod[i];
		u128 c1 = (u128)m1 * win[i] + prod[i + 1] + (c0 >> 64);

		prod[i] = (uint64_t)c0;
		prod[i + 1] = (uint64_t)c1;
		prod[i + 2] += (uint64_t)(c1 >> 64);
	}
	for (i = WINDOW_WORDS + 1; i > 0; i--)
		prod[i] = prod[i] << 2 | prod[i - 1] >> 62;
	prod[0] <<= 2;
	n = (int)(prod[WINDOW_WORDS] & 3);
	if (prod[WINDOW_WORDS - 1] >> 63) {	/* fraction >= 1/2: round up */
		uint64_t borrow = 0;

		n = (n + 1) & 3;
		for (i = 0; i < WINDOW_WORDS; i++) {	/* 1 - fraction */
			uint64_t v = prod[i];

			prod[i] = 0 - v - borrow;
			borrow |= v != 0;
		}
		*r = dq_neg(fraction_dq(prod));
	} else {
		*r = fraction_dq(prod);
	}
	*r = dq_mul(*r, DQ_PIO2);
	if (negative) {
		*r = dq_neg(*r);
		n = -n & 3;
	}
	return n;
}

/* sum of sign^k x^(2k + first) / (2k + first)!, first 1 (sin) or 0. */
static dq trig_series(dq x, int first)
{
	dq x2 = dq_mul(x, x), term = first ? x : dq_of(1), sum = term;
	int n;

	for (n = first + 2; n < 80; n += 2) {
		term = dq_neg(dq_div(dq_mul(term, x2), dq_of((quad)((n - 1) * n))));
		sum = dq_add(sum, term);
		if (qabs(term.hi) <= qabs(sum.hi) * Q(0x1p-226))
			break;
	}
	return sum;
}

dq sin_dq(dq x) { return trig_series(x, 1); }
dq cos_dq(dq x) { return trig_series(x, 0); }

/* sin and cos of x (finite), as double-quads. */
static void sincos_dq(quad x, dq *s, dq *c)
{
	dq r, sr, cr;
	int n = rem_pio2_dq(x, &r);

	sr = sin_dq(r);
	cr = cos_dq(r);
	switch (n) {
	case 0: *s = sr; *c = cr; break;
	case 1: *s = cr; *c = dq_neg(sr); break;
	case 2: *s = dq_neg(sr); *c = dq_neg(cr); break;
	default: *s = dq_neg(cr); *c = sr; break;
	}
}

enum { SIN, COS, TAN };

/* sin, cos or tan of x, with their special cases: NaN, inf (invalid,
 * EDOM) and the tiny x where the series' second term is below half an
 * ulp. */
static quad trig(quad x, int which)
{
	dq s, c;

	if (qisnan(x))
		return x + x;
	if (qisinf(x))
		return q_invalid();
	if (qabs(x) < Q(0x1p-57)) {
		if (which != COS)
			return q_tiny(x);
		return x == 0 ? 1 : 1 - qopaque(Q(0x1p-200));	/* inexact */
	}
	sincos_dq(x, &s, &c);
	return dq_round(which == SIN ? s : which == COS ? c : dq_div(s, c));
}

quad sinl(quad x) { return trig(x, SIN); }
quad cosl(quad x) { return trig(x, COS); }
quad tanl(quad x) { return trig(x, TAN); }

void sincosl(quad x, quad *sp, quad *cp)
{
	dq s, c;

	if (!qisfinite(x) || qabs(x) < Q(0x1p-57)) {
		*sp = sinl(x);
		*cp = cosl(x);
		return;
	}
	sincos_dq(x, &s, &c);
	*sp = dq_round(s);
	*cp = dq_round(c);
}

dq atan_dq(dq t)
{
	dq t2, term, sum;
	int n, flip = t.hi > 1;

	if (flip)
		t = dq_div(dq_of(1), t);
	for (n = 0; n < 5; n++)
		t = dq_div(t, dq_add_q(dq_sqrt(dq_add_q(dq_mul(t, t), 1)), 1));
	t2 = dq_mul(t, t);
	term = t;
	sum = t;
	for (n = 3; n < 80; n += 2) {
		dq next;

		term = dq_neg(dq_mul(term, t2));
		next = dq_div(term, dq_of(n));
		sum = dq_add(sum, next);
		if (qabs(next.hi) <= qabs(sum.hi) * Q(0x1p-226))
			break;
	}
	sum = dq_scale(sum, 32);
	return flip ? dq_sub(DQ_PIO2, sum) : sum;
}

quad atanl(quad x)
{
	quad a = qabs(x);

	if (qisnan(x))
		return x + x;
	if (a < Q(0x1p-57))
		return q_tiny(x);
	if (a > Q(0x1p115))
		return qcopysign(dq_round(DQ_PIO2), x);
	return qcopysign(dq_round(atan_dq(dq_of(a))), x);
}

quad asinl(quad x)
{
	quad a = qabs(x);
	dq c;

	if (qisnan(x))
		return x + x;
	if (a > 1)
		return q_invalid();
	if (a < Q(0x1p-57))
		return q_tiny(x);
	if (a == 1)
		return qcopysign(dq_round(DQ_PIO2), x);
	/* atan(a / sqrt((1 - a)(1 + a))) */
	c = dq_sqrt(dq_mul(two_sum_q(1, -a), two_sum_q(1, a)));
	return qcopysign(dq_round(atan_dq(dq_div(dq_of(a), c))), x);
}

quad acosl(quad x)
{
	if (qisnan(x))
		return x + x;
	if (qabs(x) > 1)
		return q_invalid();
	if (x == 1)
		return 0;
	if (x == -1)
		return dq_round(DQ_PI);
	if (qabs(x) < Q(0x1p-120))
		return dq_round(dq_add_q(DQ_PIO2, -x));
	/* 2 atan(sqrt((1 - x) / (1 + x))) */
	return dq_round(dq_scale(atan_dq(dq_sqrt(dq_div(two_sum_q(1, -x),
							two_sum_q(1, x)))), 2));
}

quad atan2l(quad y, quad x)
{
	quad r;
	int d, k;
	dq a;

	if (qisnan(x) || qisnan(y))
		return x + y;
	if (y == 0)
		return qsignbit(x) ? qcopysign(dq_round(DQ_PI), y) : y;
	if (x == 0 || (qisinf(y) && !qisinf(x)))
		return qcopysign(dq_round(DQ_PIO2), y);
	if (qisinf(x)) {
		if (qisinf(y))
			a = dq_scale(DQ_PI, qsignbit(x) ? Q(0.75) : Q(0.25));
		else
			a = qsignbit(x) ? DQ_PI : dq_of(0);
		return qcopysign(dq_round(a), y);
	}
	d = ilogbl(y) - ilogbl(x);
	if (d > 120)
		return qcopysign(dq_round(DQ_PIO2), y);
	if (d < -120) {
		if (qsignbit(x))
			return qcopysign(dq_round(DQ_PI), y);
		r = y / x;	/* atan(t) = t - t^3/3: t rounded */
		if (r == 0)
			errno = ERANGE;
		else if (qexp(r) == 0)
			q_raise_underflow();
		return r;
	}
	k = ilogbl(x);
	a = atan_dq(dq_div(dq_of(qabs(scalbnl(y, -k))), dq_of(qabs(scalbnl(x, -k)))));
	if (qsignbit(x))
		a = dq_sub(DQ_PI, a);
	return qcopysign(dq_round(a), y);
}

#endif
