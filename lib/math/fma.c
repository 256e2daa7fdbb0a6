/*
 * fma: x * y + z rounded once, in the current rounding mode. The
 * instruction where the target has one; otherwise exact integer
 * arithmetic: the 106-bit product and z aligned in 128 bits (a sticky bit
 * for what shifts out), added, and rounded by the hardware's own
 * conversion of a 55-bit integer (so in the current mode), or by hand in
 * the subnormal range.
 */
#include <fenv.h>
#include "libm.h"

#ifdef __FP_FAST_FMA
double fma(double x, double y, double z)
{
	return __builtin_fma(x, y, z);
}
#else
typedef struct { uint64_t hi, lo; } u128;

static u128 mul_64(uint64_t a, uint64_t b)
{
	uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
	uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
	u128 r;

	r.lo = (mid << 32) | (uint32_t)ll;
	r.hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
	return r;
}

static u128 shl(u128 a, int n)
{
	if (n >= 64) {
		a.hi = a.lo << (n - 64);
		a.lo = 0;
	} else if (n > 0) {
		a.hi = a.hi << n | a.lo >> (64 - n);
		a.lo <<= n;
	}
	return a;
}

/* a >> n, with the bits shifted out ORed into the lowest bit. */
static u128 shr_sticky(u128 a, int n)
{
	uint64_t lost;

	if (n <= 0)
		return a;
	if (n >= 128) {
		a.lo = (a.hi | a.lo) != 0;
		a.hi = 0;
		return a;
	}
	if (n >= 64) {
		lost = a.lo | (n > 64 ? a.hi << (128 - n) : 0);
		a.lo = a.hi >> (n - 64) | (lost != 0);
		a.hi = 0;
		return a;
	}
	lost = a.lo << (64 - n);
	a.lo = (a.lo >> n | a.hi << (64 - n)) | (lost != 0);
	a.hi >>= n;
	return a;
}

static int clz128(u128 a)
{
	return a.hi ? __builtin_clzll(a.hi) : 64 + __builtin_clzll(a.lo);
}

/* x = m 2^e with m's bit 52 set (x finite, nonzero). */
static uint64_t unpack(double x, int *e)
{
	uint64_t u = asuint64(x) << 1 >> 1, m = u & 0x000fffffffffffffULL;
	int be = (int)(u >> 52), s;

	if (be) {
		*e = be - 1075;
		return m | 1ULL << 52;
	}
	s = __builtin_clzll(m) - 11;
	*e = -1074 - s;
	return m << s;
}

/* The subnormal result (-1)^neg m 2^-1074 rounded from m + rest, where
 * rest holds the bits below as a 64-bit fraction. */
static double round_subnormal(uint64_t m, uint64_t rest, int neg)
{
	int mode = fegetround(), up;
	uint64_t half = 1ULL << 63;

	if (mode == FE_TONEAREST)
		up = rest > half || (rest == half && (m & 1));
	else if (mode == FE_TOWARDZERO)
		up = 0;
	else
		up = rest != 0 && ((mode == FE_UPWARD) != neg);
	m += up;
	if (rest)
		force_eval(opaque(0x1p-1022) * 0x1p-1022);	/* underflow */
	return asdouble((uint64_t)neg << 63 | m);	/* m = 2^52: DBL_MIN */
}

double fma(double x, double y, double z)
{
	int ex, ey, ez, ea, eb, d, lz, top, neg;
	uint64_t mx, my, mz, n;
	u128 p, q, a, b, s;
	int sp = (asuint64(x) ^ asuint64(y)) >> 63, sz = asuint64(z) >> 63;

	if (!__builtin_isfinite(z) && __builtin_isfinite(x) &&
	    __builtin_isfinite(y))
		return z + x;		/* x * y may overflow where z wins */
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) ||
	    !__builtin_isfinite(z) || x == 0 || y == 0)
		return x * y + z;
	if (z == 0)
		return x * y + z;	/* one rounding already */
	mx = unpack(x, &ex);
	my = unpack(y, &ey);
	mz = unpack(z, &ez);

	/* Both to 128 bits with the leading bit at 126 (room for a carry). */
	p = mul_64(mx, my);
	top = 127 - clz128(p);
	p = shl(p, 126 - top);
	ea = ex + ey - (126 - top);
	q.hi = mz << 10;	/* bit 52 to bit 126: shift by 74 */
	q.lo = 0;
	eb = ez - 74;
	neg = sp;
	if (eb > ea || (eb == ea && (q.hi > p.hi ||
				     (q.hi == p.hi && q.lo > p.lo)))) {
		a = q, b = p, d = eb - ea, ea = eb, neg = sz;
	} else {
		a = p, b = q, d = ea - eb;
	}
	b = shr_sticky(b, d);
	if (sp == sz) {
		s.lo = a.lo + b.lo;
		s.hi = a.hi + b.hi + (s.lo < a.lo);
	} else {
		s.lo = a.lo - b.lo;
		s.hi = a.hi - b.hi - (a.lo < b.lo);
	}
	if (s.hi == 0 && s.lo == 0)	/* exact cancellation: +0, or -0 */
		return opaque(0.0) + opaque(-0.0);	/* rounding down */
	lz = clz128(s);
	s = shl(s, lz);			/* leading bit at 127 */
	ea -= lz;			/* value = s 2^ea */

	if (ea + 127 >= -1022) {
		/* 55 bits and a sticky bit; the conversion rounds them in the
		 * current mode, the scaling is exact unless it overflows. */
		double r;
		int e = ea + 73;

		n = s.hi >> 9 | (((s.hi & 0x1ff) | s.lo) != 0);
		/* Signed, so that directed modes round the right way. */
		r = (double)(neg ? -(int64_t)n : (int64_t)n);
		if (e > 900)
			return r * pow2(900) * pow2(e - 900);
		if (e < -900)
			return r * pow2(-900) * pow2(e + 900);
		return r * pow2(e);
	}
	/* Subnormal: the bits at and above 2^-1074 are m, the d below them
	 * make the 64-bit fraction n (with a sticky bit). */
	d = -1074 - ea;
	if (d > 128)
		return round_subnormal(0, 1, neg);	/* below half of 2^-1074 */
	if (d > 64) {
		mx = d == 128 ? 0 : s.hi >> (d - 64);
		n = (d == 128 ? s.hi : s.hi << (128 - d)) | (s.lo != 0);
	} else if (d == 64) {
		mx = s.hi;
		n = s.lo;
	} else {
		mx = s.hi >> d;
		n = s.hi << (64 - d) | s.lo >> d | ((s.lo << (64 - d)) != 0);
	}
	return round_subnormal(mx, n, neg);
}
#endif

float fmaf(float x, float y, float z)
{
	/* The product is exact in double; the sum rounded to double and then
	 * to float could round twice: round to odd in between instead. */
	double p = (double)x * y, s = p + z;
	dd e = two_sum(p, z);
	uint64_t u = asuint64(s);

	if (!__builtin_isfinite(s))
		return (float)s;
	if (e.lo != 0 && !(u & 1)) {
		/* s was rounded: move it to the odd neighbour on the side of
		 * the exact sum, which truncation would have chosen. */
		if ((e.lo > 0) == (s > 0))
			u++;
		else
			u--;
		s = asdouble(u);
	}
	return (float)s;
}
