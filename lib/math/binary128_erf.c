/*
 * The binary128 error functions in double-quad: for |x| <= 4
 * erf(x) = 2/sqrt(pi) e^-x^2 sum 2^n x^(2n+1) / (1 3 5 ... (2n+1)), a
 * series of positive terms; beyond, erfc(x) = e^-x^2 / (sqrt(pi) f) with
 * Laplace's continued fraction f = x + (1/2) / (x + 1 / (x + (3/2) / ...)).
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

#define SERIES_TO	4	/* then erfc by the continued fraction */
#define FRACTION_TERMS	160
#define ERFC_UNDERFLOW	Q(106.90284567872420628506582460808306)	/* erfc < 2^-16495 */

/* erf(x) for 0 < x <= SERIES_TO. */
static dq erf_series(quad x)
{
	dq x2 = two_prod_q(x, x), term = dq_of(x), sum = term, r;
	int n, k;

	for (n = 1; n < 400; n++) {
		term = dq_div(dq_mul(term, dq_scale(x2, 2)), dq_of(2 * n + 1));
		sum = dq_add(sum, term);
		if (term.hi <= sum.hi * Q(0x1p-226))
			break;
	}
	k = exp_dq(dq_neg(x2), &r);
	return dq_scale(dq_mul(dq_mul(sum, r), DQ_INV_SQRTPI), qpow2(k + 1));
}

/* erfc(x) = *r 2^k for SERIES_TO < x <= ERFC_UNDERFLOW (k returned). */
static int erfc_fraction(quad x, dq *r)
{
	dq f = dq_of(x), e;
	int n, k;

	for (n = FRACTION_TERMS; n >= 1; n--)
		f = dq_add_q(dq_div(dq_of((quad)n / 2), f), x);
	k = exp_dq(dq_neg(two_prod_q(x, x)), &e);
	*r = dq_div(dq_mul(e, DQ_INV_SQRTPI), f);
	return k;
}

quad erfl(quad x)
{
	quad a = qabs(x);
	dq r;
	int k;

	if (qisnan(x) || x == 0)
		return x + x;
	if (qisinf(x))
		return qcopysign(1, x);
	if (a < Q(0x1p-60)) {		/* 2x / sqrt(pi) */
		if (a < Q(0x1p-16000))
			return scalbnl(dq_round(dq_mul_q(DQ_INV_SQRTPI, x * Q(0x1p200))), -199);
		return dq_round(dq_mul_q(DQ_INV_SQRTPI, 2 * x));
	}
	if (a > 9)			/* erfc(9) < 2^-119 */
		return qcopysign(1 - qopaque(Q(0x1p-200)), x);
	if (a <= SERIES_TO)
		return qcopysign(dq_round(erf_series(a)), x);
	k = erfc_fraction(a, &r);
	return qcopysign(dq_round(dq_add_q(dq_neg(dq_scale(r, qpow2(k))), 1)), x);
}

quad erfcl(quad x)
{
	quad a = qabs(x);
	dq r;
	int k;

	if (qisnan(x))
		return x + x;
	if (qisinf(x))
		return x > 0 ? 0 : 2;
	if (a < Q(0x1p-114))
		return 1 - x;
	if (x < -9)
		return 2 - qopaque(Q(0x1p-200));
	if (a <= SERIES_TO) {
		r = erf_series(a);
		return dq_round(dq_add_q(x < 0 ? r : dq_neg(r), 1));
	}
	if (x > ERFC_UNDERFLOW)
		return q_underflow(0);
	k = erfc_fraction(a, &r);
	if (x < 0)
		return dq_round(dq_add_q(dq_neg(dq_scale(r, qpow2(k))), 2));
	return exp_scaled(r, k);
}

#endif
