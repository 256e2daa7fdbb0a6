/*
 * The binary128 functions that are exact: sign, exponent and neighbour
 * operations, rounding to an integer, min, max and their kin. They work
 * on the bits; where glibc raises a flag they raise it by arithmetic.
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

#define ROUND_AWAY	(-1)	/* roundl's mode: ties away from zero */

quad fabsl(quad x) { return qabs(x); }
quad copysignl(quad x, quad y) { return qcopysign(x, y); }
int finitel(quad x) { return qisfinite(x); }

/* x rounded to an integer in mode (an FE_ rounding mode or ROUND_AWAY),
 * exactly and without flags; NaN and inf come back as x + x. */
static quad round_int(quad x, int mode)
{
	u128 u = qbits(x), frac, half;
	int e = qexp(x) - Q_BIAS, negative = qsignbit(x), up;

	if (e >= 112)
		return e == Q_EXP_MAX - Q_BIAS ? x + x : x;
	if (e < 0) {
		if (x == 0)
			return x;
		switch (mode) {
		case FE_TOWARDZERO: up = 0; break;
		case FE_DOWNWARD: up = negative; break;
		case FE_UPWARD: up = !negative; break;
		case ROUND_AWAY: up = e == -1; break;
		default: up = e == -1 && (u & Q_MANT) != 0; break;
		}
		return qcopysign(up ? 1 : 0, x);
	}
	frac = Q_MANT >> e;
	if (!(u & frac))
		return x;
	half = (Q_HIDDEN >> 1) >> e;
	switch (mode) {
	case FE_TOWARDZERO: up = 0; break;
	case FE_DOWNWARD: up = negative; break;
	case FE_UPWARD: up = !negative; break;
	case ROUND_AWAY: up = (u & half) != 0; break;
	/* Nearest, ties to even: the units bit is the one above frac. */
	default: up = (u & half) && (u & ((frac ^ half) | (frac + 1))); break;
	}
	u &= ~frac;
	if (up)
		u += frac + 1;	/* a carry into the exponent is right */
	return qfrom(u);
}

quad floorl(quad x) { return round_int(x, FE_DOWNWARD); }
quad ceill(quad x) { return round_int(x, FE_UPWARD); }
quad truncl(quad x) { return round_int(x, FE_TOWARDZERO); }
quad roundl(quad x) { return round_int(x, ROUND_AWAY); }
quad nearbyintl(quad x) { return round_int(x, fegetround()); }

quad rintl(quad x)
{
	quad r = round_int(x, fegetround());

	if (r != x && qisfinite(x))
		q_raise_inexact();
	return r;
}

/* Beyond the range of long (or near it) the conversion decides: FE_INVALID
 * and the saturated value, as glibc. */
#define LONG_RANGE Q(0x1p63)

long lrintl(quad x) { return qabs(x) < LONG_RANGE ? (long)rintl(x) : (long)x; }
long lroundl(quad x) { return qabs(x) < LONG_RANGE ? (long)roundl(x) : (long)x; }

long long llrintl(quad x)
{
	return qabs(x) < LONG_RANGE ? (long long)rintl(x) : (long long)x;
}

long long llroundl(quad x)
{
	return qabs(x) < LONG_RANGE ? (long long)roundl(x) : (long long)x;
}

quad modfl(quad x, quad *ip)
{
	quad t = truncl(x);

	*ip = t;
	if (qisnan(x))
		return x + x;
	if (t == x)
		return qcopysign(0, x);
	return x - t;
}

quad frexpl(quad x, int *e)
{
	u128 m, u = qbits(x);
	int be;

	if (x == 0 || !qisfinite(x)) {
		*e = 0;
		return x + x;
	}
	be = qunpack(u & ~Q_SIGN, &m);
	*e = be - (Q_BIAS - 1);
	return qfrom((u & Q_SIGN) | ((u128)(Q_BIAS - 1) << 112) | (m & Q_MANT));
}

/* x * 2^n rounded once: large steps keep the intermediate value normal,
 * so that only the last multiplication rounds. */
quad scalbnl(quad x, int n)
{
	quad y = x;

	if (n > 16383) {
		y *= Q(0x1p16383);
		n -= 16383;
		if (n > 16383) {
			y *= Q(0x1p16383);
			n -= 16383;
			if (n > 16383)
				n = 16383;
		}
	} else if (n < -16382) {
		y *= Q(0x1p-16269);	/* 2^-16382 * 2^113 */
		n += 16269;
		if (n < -16382) {
			y *= Q(0x1p-16269);
			n += 16269;
			if (n < -16382)
				n = -16382;
		}
	}
	y *= qpow2(n);
	if (x != 0 && qisfinite(x) && (y == 0 || qisinf(y)))
		errno = ERANGE;
	return y;
}

quad scalblnl(quad x, long n)
{
	return scalbnl(x, n > INT_MAX ? INT_MAX : n < INT_MIN ? INT_MIN : (int)n);
}

quad ldexpl(quad x, int n) { return scalbnl(x, n); }

/* The unbiased exponent of a finite nonzero x. */
static int exponent_of(quad x)
{
	u128 m;

	return qunpack(qbits(x) & ~Q_SIGN, &m) - Q_BIAS;
}

int ilogbl(quad x)
{
	if (x == 0 || !qisfinite(x)) {
		q_invalid();
		return qisinf(x) ? INT_MAX : x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	return exponent_of(x);
}

quad logbl(quad x)
{
	if (x == 0)
		return -1 / qopaque(qabs(x));
	if (!qisfinite(x))
		return x * x;
	return exponent_of(x);
}

quad significandl(quad x)
{
	if (x == 0 || !qisfinite(x))
		return x + x;
	return scalbnl(x, -exponent_of(x));
}

/* The neighbour of x (not NaN) upward or downward. Leaving the normal
 * range sets ERANGE with the flags, as glibc. */
static quad neighbour(quad x, int up)
{
	u128 u = qbits(x);
	quad y;

	if (x == 0)
		u = (up ? 0 : Q_SIGN) | 1;
	else if ((x > 0) == !!up)
		u++;
	else
		u--;
	y = qfrom(u);
	if (qisinf(y)) {
		(void)qopaque(qopaque(x) * x);		/* overflow, inexact */
		errno = ERANGE;
	} else if (qexp(y) == 0) {
		q_raise_underflow();
		if (x != 0)
			errno = ERANGE;
	}
	return y;
}

quad nextafterl(quad x, quad y)
{
	if (qisnan(x) || qisnan(y))
		return x + y;
	if (x == y)
		return y;
	return neighbour(x, y > x);
}

quad nexttowardl(quad x, quad y) { return nextafterl(x, y); }

/* nanl("n-char-sequence"): the payload as nan() reads it. */
quad nanl(const char *s)
{
	uint64_t v;

	if (!nan_payload(s, &v))
		v = 0;
	return qfrom(Q_INF_BITS | Q_QUIET | ((u128)v & (Q_QUIET - 1)));
}

/* fmin and fmax where x or y is NaN: a NaN loses against a number
 * (C99 F.9.9). */
static quad unordered_pick(quad x, quad y)
{
	return qisnan(x) ? (qisnan(y) ? x + y : y) : x;
}

/* Of equal arguments (+0 and -0) the first comes back, as glibc's. */
quad fminl(quad x, quad y)
{
	return __builtin_isunordered(x, y) ? unordered_pick(x, y) : x <= y ? x : y;
}

quad fmaxl(quad x, quad y)
{
	return __builtin_isunordered(x, y) ? unordered_pick(x, y) : x >= y ? x : y;
}

quad fdiml(quad x, quad y)
{
	if (!qisfinite(x) || !qisfinite(y))
		return qisnan(x) || qisnan(y) ? x + y : x > y ? x - y : 0;
	if (!(x > y))
		return 0;
	x -= y;
	if (qisinf(x))
		errno = ERANGE;	/* from finite arguments */
	return x;
}

#endif
