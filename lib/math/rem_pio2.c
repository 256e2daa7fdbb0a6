/*
 * Argument reduction for sin, cos and tan: x = n pi/2 + (y[0] + y[1]) with
 * |y[0] + y[1]| <= pi/4 (a little more when rounding says so), y as a
 * double-double; returns n (its low bits are what matter).
 *
 * Below 2^20 pi/2, Cody and Waite's method (rem_pio2_medium in tables.h,
 * which sin and cos call inline). Above it,
 * Payne and Hanek's: the 256 bits of 2/pi (tables.c) that matter for x's
 * exponent multiply x's significand exactly in 32-bit limbs, and the
 * fraction of x * 2/pi is read off with 128 bits, enough for the closest
 * approaches of doubles to multiples of pi/2 (about 2^-61 relative).
 */
#include "libm.h"
#include "tables.h"

/* The fraction f (128 bits, f1 the high half) as a double-double. */
static dd fraction_dd(uint64_t f1, uint64_t f2)
{
	int z;
	dd r;

	if (f1 == 0) {		/* cannot happen for doubles (see above) */
		f1 = f2;
		f2 = 0;
		z = 64;
	} else {
		z = 0;
	}
	int s = __builtin_clzll(f1);

	if (s) {
		f1 = f1 << s | f2 >> (64 - s);
		f2 <<= s;
	}
	z += s;
	/* f = (f1 2^-64 + f2 2^-128) 2^-z: the top 53 bits, then the next. */
	r.hi = (double)(f1 >> 11) * pow2(-53 - z);
	r.lo = (double)((f1 & 0x7ff) << 42 | f2 >> 22) *
	       pow2(-106 - z);
	return r;
}

static int reduce_large(double x, double y[2])
{
	uint64_t u = asuint64(x), m = (u & 0x000fffffffffffffULL) | 1ULL << 52;
	int k = (int)(u >> 52 & 0x7ff) - 0x3ff - 52;	/* |x| = m 2^k */
	int i0 = (k - 2) / 32, s, t, n;
	uint32_t p[11] = { 0 };	/* m * W[i0 .. i0+7], little-endian limbs */
	uint64_t mlo = m & 0xffffffff, mhi = m >> 32, carry, f1, f2;
	dd f, pio2 = { PIO2_HI, PIO2_LO };

	if (i0 < 0)
		i0 = 0;
	for (t = 0; t < 8; t++) {	/* word i0 + 7 - t has weight 2^(32 t) */
		uint64_t w = two_over_pi[i0 + 7 - t], a = mlo * w, b = mhi * w;

		carry = (uint64_t)p[t] + (uint32_t)a;
		p[t] = (uint32_t)carry;
		carry = (carry >> 32) + p[t + 1] + (a >> 32) + (uint32_t)b;
		p[t + 1] = (uint32_t)carry;
		carry = (carry >> 32) + p[t + 2] + (b >> 32);
		p[t + 2] = (uint32_t)carry;
		for (s = t + 3; s < 11 && (carry >> 32); s++) {
			carry = (carry >> 32) + p[s];
			p[s] = (uint32_t)carry;
		}
	}
	/*
	 * x * 2/pi = P * 2^(k - 32 (i0 + 8)): the binary point lies s bits
	 * up in P. Bits above s + 2 are multiples of 4 and do not matter;
	 * the words of 2/pi left out change P by less than 2^54, far below
	 * the 128 bits read under the point.
	 */
	s = 32 * (i0 + 8) - k;	/* the point's position, 222 .. 288 */
	{
		/* 192 bits of P from bit s - 128 up to s + 64 into n, f1, f2. */
		uint64_t w[3];
		int q;

		for (q = 0; q < 3; q++) {
			int lo = s - 128 + 64 * q, limb = lo >> 5, sh = lo & 31;
			uint64_t v = 0;
			int b;

			for (b = 0; b < 3; b++) {
				int li = limb + b;
				uint64_t word = li >= 0 && li < 11 ? p[li] : 0;

				if (b == 0)
					v = word >> sh;
				else
					v |= sh == 0 && b == 2 ? 0 :
					     word << (32 * b - sh);
			}
			w[q] = v;
		}
		f2 = w[0];
		f1 = w[1];
		n = (int)(w[2] & 3);
	}
	if (f1 >> 63) {		/* f >= 1/2: round n up, f becomes f - 1 */
		n++;
		f2 = ~f2 + 1;
		f1 = ~f1 + (f2 == 0);
		f = fraction_dd(f1, f2);
		f.hi = -f.hi;
		f.lo = -f.lo;
	} else {
		f = fraction_dd(f1, f2);
	}
	f = dd_mul(f, pio2);
	if (u >> 63) {
		f.hi = -f.hi;
		f.lo = -f.lo;
		n = -n;
	}
	y[0] = f.hi;
	y[1] = f.lo;
	return n;
}

int rem_pio2(double x, double y[2])
{
	if (__builtin_fabs(x) < 0x1p20 * 1.5707963267948966)
		return rem_pio2_medium(x, y);
	return reduce_large(x, y);
}
