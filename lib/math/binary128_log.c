/*
 * The binary128 logarithms: logl, log2l, log10l, log1pl and the inverse
 * hyperbolic asinhl, acoshl, atanhl. One kernel in double-quad:
 * x = m 2^k with m in [sqrt(1/2), sqrt(2)), and
 * log(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m - 1) / (m + 1).
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

#define SQRT2 Q(1.4142135623730950488016887242096981)

/* log(m) for x = m 2^k as above, finite x > 0. */
static dq log_parts(dq x, int *k)
{
	dq m, s, s2, power, sum;
	int n;

	*k = ilogbl(x.hi);
	m = (dq){ scalbnl(x.hi, -*k), scalbnl(x.lo, -*k) };
	if (m.hi > SQRT2) {
		m = dq_scale(m, Q(0.5));
		++*k;
	}
	s = dq_div(dq_add_q(m, -1), dq_add_q(m, 1));
	s2 = dq_mul(s, s);
	power = s;
	sum = s;
	for (n = 3; n < 120; n += 2) {
		dq term;

		power = dq_mul(power, s2);
		term = dq_div(power, dq_of(n));
		sum = dq_add(sum, term);
		if (qabs(term.hi) <= qabs(sum.hi) * Q(0x1p-226))
			break;
	}
	return dq_scale(sum, 2);
}

dq log_dq(dq x)
{
	int k;
	dq l = log_parts(x, &k);

	return dq_add(dq_mul_q(DQ_LN2, k), l);
}

/* NaN, 0, negative and inf arguments of a logarithm; else 0. */
static int logl_special(quad x, quad *y)
{
	if (qisnan(x))
		*y = x + x;
	else if (x == 0)
		*y = q_divzero(1);
	else if (x < 0)
		*y = q_invalid();
	else if (qisinf(x))
		*y = x;
	else
		return 0;
	return 1;
}

quad logl(quad x)
{
	quad y;

	if (logl_special(x, &y))
		return y;
	return dq_round(log_dq(dq_of(x)));
}

quad log2l(quad x)
{
	quad y;
	int k;
	dq l;

	if (logl_special(x, &y))
		return y;
	l = log_parts(dq_of(x), &k);
	return dq_round(dq_add_q(dq_mul(l, DQ_LOG2E), k));
}

quad log10l(quad x)
{
	quad y;

	if (logl_special(x, &y))
		return y;
	return dq_round(dq_div(log_dq(dq_of(x)), DQ_LN10));
}


/* log(1 + w) for w > -1 known as a double-quad. */
static dq log1p_dq(dq w)
{
	return log_dq(dq_add_q(w, 1));
}

quad log1pl(quad x)
{
	if (qisnan(x))
		return x + x;
	if (x == -1)
		return q_divzero(1);
	if (x < -1)
		return q_invalid();
	if (qisinf(x))
		return x;
	if (qabs(x) < Q(0x1p-114))
		return q_tiny(x);
	if (x > Q(0x1p120))	/* 1 / x is below half an ulp */
		return logl(x);
	return dq_round(log1p_dq(dq_of(x)));
}

quad asinhl(quad x)
{
	quad a = qabs(x);
	dq a2, w;

	if (!qisfinite(x) || x == 0)
		return x + x;
	if (a < Q(0x1p-57))
		return q_tiny(x);
	if (a > Q(0x1p60))	/* log(2a) */
		return qcopysign(dq_round(dq_add(log_dq(dq_of(a)), DQ_LN2)), x);
	/* log1p(a + a^2 / (1 + sqrt(1 + a^2))) */
	a2 = two_prod_q(a, a);
	w = dq_add_q(dq_div(a2, dq_add_q(dq_sqrt(dq_add_q(a2, 1)), 1)), a);
	return qcopysign(dq_round(log1p_dq(w)), x);
}

quad acoshl(quad x)
{
	dq d;

	if (qisnan(x))
		return x + x;
	if (x < 1)
		return q_invalid();
	if (qisinf(x))
		return x;
	if (x > Q(0x1p60))
		return dq_round(dq_add(log_dq(dq_of(x)), DQ_LN2));
	/* log1p(d + sqrt(d (x + 1))), d = x - 1 */
	d = two_sum_q(x, -1);
	return dq_round(log1p_dq(dq_add(d, dq_sqrt(dq_mul(d, dq_add_q(d, 2))))));
}

quad atanhl(quad x)
{
	quad a = qabs(x);
	dq one_minus;

	if (qisnan(x))
		return x + x;
	if (a > 1)
		return q_invalid();
	if (a == 1)
		return q_divzero(qsignbit(x));
	if (a < Q(0x1p-57))
		return q_tiny(x);
	/* log1p(2a / (1 - a)) / 2 */
	one_minus = two_sum_q(1, -a);
	return qcopysign(dq_round(dq_scale(log1p_dq(dq_div(dq_of(2 * a), one_minus)),
					   Q(0.5))), x);
}

#endif
