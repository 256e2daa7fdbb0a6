/*
 * The binary128 functions' shared helpers: errors with their flags raised
 * by real arithmetic, rounding an exact integer result to the format, and
 * the double-quad square root.
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

quad q_invalid(void)
{
	quad z = qopaque(0);

	errno = EDOM;
	return z / z;
}

quad q_divzero(int negative)
{
	errno = ERANGE;
	return qopaque(negative ? -1 : 1) / Q(0.0);
}

quad q_tiny(quad x)
{
	if (x == 0)
		return x;
	if (qexp(x) == 0)
		q_raise_underflow();
	else
		q_raise_inexact();
	return x;
}

static quad overflow_flags(int negative)
{
	return qopaque(negative ? -Q(0x1p16000) : Q(0x1p16000)) * Q(0x1p16000);
}

quad q_overflow(int negative)
{
	errno = ERANGE;
	return overflow_flags(negative);
}

quad q_underflow(int negative)
{
	errno = ERANGE;
	return qopaque(negative ? -Q(0x1p-16000) : Q(0x1p-16000)) * Q(0x1p-16000);
}

void q_raise_inexact(void)
{
	(void)qopaque(qopaque(1) + Q(0x1p-16000));
}

void q_raise_underflow(void)
{
	(void)qopaque(qopaque(Q(0x1p-16000)) * Q(0x1p-16000));
}

quad q_round_pack(int negative, int e, u128 m, int sticky)
{
	u128 kept, bits;
	int tiny = 0, half, low, up;

	if (e >= Q_EXP_MAX)
		return overflow_flags(negative);
	if (e < 1) {
		int shift = 1 - e;

		tiny = 1;
		if (shift > 116) {
			sticky |= m != 0;
			m = 0;
		} else {
			sticky |= (m & (((u128)1 << shift) - 1)) != 0;
			m >>= shift;
		}
		e = 0;
	}
	kept = m >> 2;
	half = (int)(m >> 1 & 1);
	low = (int)(m & 1) | sticky;
	switch (fegetround()) {
	case FE_UPWARD: up = !negative && (half | low); break;
	case FE_DOWNWARD: up = negative && (half | low); break;
	case FE_TOWARDZERO: up = 0; break;
	default: up = half && (low || (kept & 1)); break;
	}
	kept += (u128)up;
	bits = e ? ((u128)(e - 1) << 112) + kept : kept;
	if (bits >= Q_INF_BITS)
		return overflow_flags(negative);
	if (half | low) {
		if (tiny)
			q_raise_underflow();
		else
			q_raise_inexact();
	}
	return qfrom(bits | (negative ? Q_SIGN : 0));
}

/* One Newton step from the correctly rounded root of hi. */
dq dq_sqrt(dq a)
{
	quad r;
	dq p;

	if (a.hi <= 0)
		return a;
	r = sqrtl(a.hi);
	p = two_prod_q(r, r);
	return fast_two_sum_q(r, ((a.hi - p.hi) - p.lo + a.lo) / (2 * r));
}

#endif
