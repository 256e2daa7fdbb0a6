/*
 * The binary128 functions whose results are exact or correctly rounded
 * by integer arithmetic on the significands: fmodl, remainderl and
 * remquol (long division, exact), sqrtl and fmal (the exact result's
 * leading bits and a sticky bit, rounded once by q_round_pack), and
 * hypotl and cbrtl in double-quad, rounded once.
 */
#include "binary128.h"

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

/* |x| mod |y| for finite x, y != 0 and the quotient's low bits in *quo. */
static quad mod_core(u128 ux, u128 uy, unsigned *quo)
{
	u128 mx, my;
	int ex, ey;
	unsigned q = 0;

	*quo = 0;
	if (ux < uy)
		return qfrom(ux);
	ex = qunpack(ux, &mx);
	ey = qunpack(uy, &my);
	for (; ex > ey; ex--) {
		q <<= 1;
		if (mx >= my) {
			mx -= my;
			q |= 1;
		}
		mx <<= 1;
	}
	q <<= 1;
	if (mx >= my) {
		mx -= my;
		q |= 1;
	}
	*quo = q;
	if (mx == 0)
		return 0;
	for (; mx < Q_HIDDEN; ey--)
		mx <<= 1;
	if (ey >= 1)
		return qfrom(((u128)ey << 112) | (mx & Q_MANT));
	return qfrom(mx >> (1 - ey));	/* exact: a remainder fits */
}

/* NaN for the invalid cases of fmod and remainder: x inf or y zero. */
static int mod_special(quad x, quad y, quad *r)
{
	if (qisnan(x) || qisnan(y)) {
		*r = x + y;
		return 1;
	}
	if (qisinf(x) || y == 0) {
		*r = q_invalid();
		return 1;
	}
	return 0;
}

quad fmodl(quad x, quad y)
{
	unsigned q;
	quad r;

	if (mod_special(x, y, &r))
		return r;
	r = mod_core(qbits(x) & ~Q_SIGN, qbits(y) & ~Q_SIGN, &q);
	return qsignbit(x) ? -r : r;
}

quad remquol(quad x, quad y, int *quo)
{
	unsigned q;
	quad r, ay = qabs(y);
	int more;

	*quo = 0;
	if (mod_special(x, y, &r))
		return r;
	r = mod_core(qbits(x) & ~Q_SIGN, qbits(ay), &q);
	/* Round the quotient to nearest, ties to even: compare r with
	 * |y| / 2 where that is exact, 2 r with |y| where y is tiny. */
	if (ay >= Q(0x1p-16380))
		more = r > ay / 2 || (r == ay / 2 && (q & 1));
	else
		more = 2 * r > ay || (2 * r == ay && (q & 1));
	if (more) {
		r -= ay;	/* exact (Sterbenz) */
		q++;
	}
	q &= 7;
	*quo = qsignbit(x) != qsignbit(y) ? -(int)q : (int)q;
	return qsignbit(x) ? -r : r;
}

quad remainderl(quad x, quad y)
{
	int q;

	return remquol(x, y, &q);
}

quad dreml(quad x, quad y) { return remainderl(x, y); }

/* Bits 2k + 1 and 2k of the 256-bit number hi:lo. */
static unsigned pair_at(u128 hi, u128 lo, int k)
{
	return (unsigned)((k >= 64 ? hi >> (2 * k - 128) : lo >> (2 * k)) & 3);
}

quad sqrtl(quad x)
{
	u128 m, hi, lo, root = 0, rem = 0;
	int e, odd, k;

	if (qisnan(x) || x == 0 || (qisinf(x) && x > 0))
		return x + x;
	if (x < 0)
		return q_invalid();
	e = qunpack(qbits(x), &m) - Q_BIAS;
	odd = e & 1;
	/* m * 2^(116 + odd) in [2^228, 2^230): a root of 115 bits. */
	hi = m >> (12 - odd);
	lo = m << (116 + odd);
	for (k = 114; k >= 0; k--) {
		u128 trial = root << 2 | 1;

		rem = rem << 2 | pair_at(hi, lo, k);
		root <<= 1;
		if (rem >= trial) {
			rem -= trial;
			root |= 1;
		}
	}
	return q_round_pack(0, Q_BIAS + (e - odd) / 2, root, rem != 0);
}

/* A 256-bit number, hi:lo, and what it needs of arithmetic. */
typedef struct { u128 hi, lo; } u256;

static u256 mul_wide(u128 a, u128 b)	/* a, b < 2^113 */
{
	uint64_t a0 = (uint64_t)a, a1 = (uint64_t)(a >> 64);
	uint64_t b0 = (uint64_t)b, b1 = (uint64_t)(b >> 64);
	u128 low = (u128)a0 * b0, mid = (u128)a1 * b0 + (u128)a0 * b1;
	u256 r;

	r.lo = low + (mid << 64);
	r.hi = (u128)a1 * b1 + (mid >> 64) + (r.lo < low);
	return r;
}

static u256 shl(u256 a, int n)		/* 0 <= n < 256 */
{
	if (n >= 128)
		return (u256){ a.lo << (n - 128), 0 };
	if (n == 0)
		return a;
	return (u256){ a.hi << n | a.lo >> (128 - n), a.lo << n };
}

/* a >> n, or-ing every bit shifted out into *sticky. */
static u256 shr_sticky(u256 a, int n, int *sticky)
{
	if (n >= 256) {
		*sticky |= (a.hi | a.lo) != 0;
		return (u256){ 0, 0 };
	}
	if (n >= 128) {
		*sticky |= a.lo != 0 || (n > 128 && (a.hi << (256 - n)) != 0);
		return (u256){ 0, n == 128 ? a.hi : a.hi >> (n - 128) };
	}
	if (n == 0)
		return a;
	*sticky |= (a.lo << (128 - n)) != 0;
	return (u256){ a.hi >> n, a.lo >> n | a.hi << (128 - n) };
}

static int less(u256 a, u256 b)
{
	return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
}

static u256 sub(u256 a, u256 b)
{
	return (u256){ a.hi - b.hi - (a.lo < b.lo), a.lo - b.lo };
}

static u256 add(u256 a, u256 b)
{
	u128 lo = a.lo + b.lo;

	return (u256){ a.hi + b.hi + (lo < a.lo), lo };
}

static int top_bit(u256 a)		/* a != 0 */
{
	return a.hi ? 255 - clz128(a.hi) : 127 - clz128(a.lo);
}

/*
 * x * y + z for finite nonzero x, y, z, rounded once: the product's 226
 * bits and z's 113 sit at the top of a 256-bit frame whose bit 0 weighs
 * 2^scale; the one of lower scale is shifted right into a sticky bit.
 */
static quad fma_finite(quad x, quad y, quad z)
{
	u128 mx, my, mz;
	int ex = qunpack(qbits(x) & ~Q_SIGN, &mx);
	int ey = qunpack(qbits(y) & ~Q_SIGN, &my);
	int ez = qunpack(qbits(z) & ~Q_SIGN, &mz);
	int negp = qsignbit(x) ^ qsignbit(y), negz = qsignbit(z);
	int scale_p = ex + ey - 2 * (Q_BIAS + 112) - 29;
	int scale_z = ez - (Q_BIAS + 112) - 141;
	int sticky = 0, negative, p_shifted = scale_p < scale_z, t;
	u256 p = shl(mul_wide(mx, my), 29);		/* in [2^253, 2^255) */
	u256 w = shl((u256){ 0, mz }, 141);		/* in [2^253, 2^254) */
	u256 s;

	if (p_shifted)
		p = shr_sticky(p, scale_z - scale_p, &sticky);
	else
		w = shr_sticky(w, scale_p - scale_z, &sticky);
	if (negp == negz) {
		s = add(p, w);
		negative = negp;
	} else {
		int p_big = !less(p, w);

		s = p_big ? sub(p, w) : sub(w, p);
		negative = p_big ? negp : negz;
		/* The exact value lies in (s, s + 1) when the bigger one was
		 * cut, in (s - 1, s) when the smaller one was. */
		if (sticky && p_big != p_shifted)
			s = sub(s, (u256){ 0, 1 });
	}
	if (!s.hi && !s.lo && !sticky)
		return fegetround() == FE_DOWNWARD ? -Q(0.0) : 0;
	t = top_bit(s);
	s = t > 114 ? shr_sticky(s, t - 114, &sticky) : shl(s, 114 - t);
	return q_round_pack(negative, (p_shifted ? scale_z : scale_p) + t +
			    Q_BIAS, s.lo, sticky);
}

quad fmal(quad x, quad y, quad z)
{
	if (!qisfinite(x) || !qisfinite(y) || !qisfinite(z) || x == 0 || y == 0)
		return x * y + z;
	if (z == 0)
		return x * y;	/* rounded once; its sign is the product's */
	return fma_finite(x, y, z);
}

/* sqrt(x^2 + y^2), the squares and their sum in double-quad after scaling
 * |x| into [1, 2). Infinity wins over NaN (C99 F.9.4.3); an overflow sets
 * ERANGE (scalbnl). */
quad hypotl(quad x, quad y)
{
	quad ax = qabs(x), ay = qabs(y), t;
	int k;

	if (qisinf(x) || qisinf(y))
		return qfrom(Q_INF_BITS);
	if (qisnan(x) || qisnan(y))
		return x + y;
	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0 || qexp(ax) - qexp(ay) > 120)
		return ax + ay;
	k = ilogbl(ax);
	ax = scalbnl(ax, -k);
	ay = scalbnl(ay, -k);
	t = dq_round(dq_sqrt(dq_add(two_prod_q(ax, ax), two_prod_q(ay, ay))));
	return scalbnl(t, k);
}

/* |x| = m 2^(3k) with m in [1, 8): cbrt(m) from double's cbrt, a Newton
 * step in quad, and one with the residual m - y^3 in double-quad. */
quad cbrtl(quad x)
{
	u128 mm;
	int e, k;
	quad m, y;
	dq y2, r;

	if (!qisfinite(x) || x == 0)
		return x + x;
	e = qunpack(qbits(x) & ~Q_SIGN, &mm) - Q_BIAS;
	k = (e >= 0 ? e : e - 2) / 3;	/* floor(e / 3) */
	m = qfrom(((u128)(Q_BIAS + e - 3 * k) << 112) | (mm & Q_MANT));
	y = (quad)cbrt((double)m);
	y -= (y * y * y - m) / (3 * y * y);
	y2 = two_prod_q(y, y);
	r = dq_sub(dq_of(m), dq_mul_q(y2, y));
	y = dq_round(dq_add_q(dq_of(y), r.hi / (3 * y2.hi)));
	return qcopysign(y * qpow2(k), x);
}

#endif
