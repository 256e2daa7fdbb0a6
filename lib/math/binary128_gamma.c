/*
 * The binary128 gamma functions in double-quad: lgammal (lgammal_r,
 * gammal, signgam) and tgammal = sign * e^lgamma. lgamma(y) for y >= 30
 * is Stirling's series; smaller x are shifted up, lgamma(x) =
 * lgamma(x + n) - log|x (x + 1) ... (x + n - 1)|, except near 1 and 2,
 * where the Taylor series at 1 (zeta values) keeps the zeros exact; below
 * -30 the reflection lgamma(x) = log(pi / |sin(pi x)|) - lgamma(1 - x).
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

#define STIRLING_FROM	30

/* B_2k / (2k (2k - 1)) as numerator and denominator, k = 1 .. 16. */
static const quad stirling_coeff[16][2] = {
	{ 1, 12 }, { -1, 360 }, { 1, 1260 }, { -1, 1680 }, { 1, 1188 },
	{ -691, 360360 }, { 1, 156 }, { -3617, 122400 }, { 43867, 244188 },
	{ -174611, 125400 }, { 854513, 63756 }, { -236364091, 1506960 },
	{ 8553103, 3900 }, { -23749461029.0L, 657720 },
	{ 8615841276005.0L, 12460140 }, { -7709321041217.0L, 505920 },
};

/* lgamma(y) for y >= STIRLING_FROM, y a double-quad below 2^16000. */
static dq stirling(dq y)
{
	dq l = log_dq(y), sum, inv, inv2, power;
	int k;

	sum = dq_add(dq_sub(dq_mul(dq_add_q(y, Q(-0.5)), l), y), DQ_HALF_LN_2PI);
	if (y.hi > Q(0x1p120))
		return sum;
	inv = dq_div(dq_of(1), y);
	inv2 = dq_mul(inv, inv);
	power = inv;
	for (k = 0; k < 16; k++) {
		dq term = dq_div(dq_mul_q(power, stirling_coeff[k][0]),
				 dq_of(stirling_coeff[k][1]));

		sum = dq_add(sum, term);
		if (qabs(term.hi) <= qabs(sum.hi) * Q(0x1p-226))
			break;
		power = dq_mul(power, inv2);
	}
	return sum;
}

/* lgamma(1 + e) = -gamma e + sum (-1)^k zeta(k) e^k / k, |e| < 2^-20. */
static dq lgamma1(quad e)
{
	dq sum = dq_mul_q(DQ_EULER, -e), power = dq_of(-e);
	int k;

	for (k = 2; k <= 9; k++) {
		power = dq_mul_q(power, -e);
		sum = dq_add(sum, dq_div(dq_mul(dq_zeta[k - 2], power), dq_of(k)));
	}
	return sum;
}

/* lgamma(x) and the sign of gamma(x) for finite x, not a pole, below
 * 2^16000. */
static dq lgamma_dq(quad x, int *sign)
{
	dq y, prod;
	quad r;

	*sign = 1;
	if (qabs(x) < Q(0x1p-20)) {	/* gamma(x) = gamma(1 + x) / x */
		*sign = x < 0 ? -1 : 1;
		if (qabs(x) < Q(0x1p-120))	/* gamma x = 1 / x - euler */
			return dq_neg(log_dq(dq_of(qabs(x))));
		return dq_sub(lgamma1(x), log_dq(dq_of(qabs(x))));
	}
	if (qabs(x - 1) < Q(0x1p-20))
		return lgamma1(x - 1);
	if (qabs(x - 2) < Q(0x1p-20))	/* gamma(2 + e) = (1 + e) gamma(1 + e) */
		return dq_add(lgamma1(x - 2), log_dq(two_sum_q(x - 2, 1)));
	if (x >= STIRLING_FROM)
		return stirling(dq_of(x));
	if (x > -STIRLING_FROM) {
		prod = dq_of(x);
		for (y = two_sum_q(x, 1); y.hi < STIRLING_FROM; y = dq_add_q(y, 1))
			prod = dq_mul(prod, y);
		if (prod.hi < 0) {
			*sign = -1;
			prod = dq_neg(prod);
		}
		return dq_sub(stirling(y), log_dq(prod));
	}
	/* x < -30: log(pi / |sin(pi x)|) - lgamma(1 - x) */
	r = x - rintl(x);
	if (fmodl(floorl(x), 2) != 0)
		*sign = -1;
	y = sin_dq(dq_mul_q(DQ_PI, qabs(r)));
	return dq_sub(dq_sub(log_dq(DQ_PI), log_dq(y)), stirling(two_sum_q(1, -x)));
}

static int is_pole(quad x)		/* zero or a negative integer */
{
	return x == 0 || (x < 0 && rintl(x) == x);
}

quad lgammal_r(quad x, int *sign)
{
	dq l;

	*sign = 1;
	if (qisnan(x))
		return x + x;
	if (qisinf(x))
		return qabs(x);
	if (is_pole(x)) {
		if (x == 0 && qsignbit(x))
			*sign = -1;
		return q_divzero(0);
	}
	if (x == 1 || x == 2)
		return 0;
	if (x > Q(0x1p16000)) {		/* x (log x - 1), no room for more */
		quad y = x * (logl(x) - 1);

		if (qisinf(y))
			errno = ERANGE;
		return y;
	}
	l = lgamma_dq(x, sign);
	return dq_round(l);
}

quad lgammal(quad x) { return lgammal_r(x, &signgam); }
quad gammal(quad x) { return lgammal(x); }

quad tgammal(quad x)
{
	int sign, k;
	dq l, r;

	if (qisnan(x) || (qisinf(x) && x > 0))
		return x + x;
	if (x == 0)
		return q_divzero(qsignbit(x));
	if (qisinf(x) || is_pole(x))
		return q_invalid();
	if (x > 1800)
		return q_overflow(0);
	if (qabs(x) < Q(0x1p-120)) {	/* 1 / x - euler: 1 / x rounded */
		quad y = 1 / x;

		if (qisinf(y))
			errno = ERANGE;
		return y;
	}
	if (x < -1800) {
		quad f = floorl(x);
		return q_underflow(fmodl(f, 2) != 0);
	}
	l = lgamma_dq(x, &sign);
	if (l.hi > EXP_OVERFLOW)
		return q_overflow(sign < 0);
	if (l.hi < EXP_UNDERFLOW)
		return q_underflow(sign < 0);
	k = exp_dq(l, &r);
	return sign * exp_scaled(r, k);
}

#endif
