/*
 * fmod, remainder and remquo: exact remainders by long division of the
 * significands, one quotient bit a step. fmod truncates the quotient,
 * remainder rounds it to nearest (ties to even); remquo also returns its
 * low bits with the quotient's sign. The float versions use the double
 * code: every float remainder is exact in double.
 */
#include "libm.h"

/* |x| mod |y| for finite x and nonzero finite y, and the quotient's
 * low 31 bits in *q. */
static double mod_abs(double x, double y, unsigned int *q)
{
	uint64_t ux = asuint64(x) << 1 >> 1, uy = asuint64(y) << 1 >> 1;
	int ex = (int)(ux >> 52), ey = (int)(uy >> 52);
	uint64_t mx, my;

	*q = 0;
	if (ux < uy)
		return asdouble(ux);
	/* Significands with the leading bit at bit 52, exponents of it. */
	if (ex) {
		mx = (ux & 0x000fffffffffffffULL) | 1ULL << 52;
	} else {
		int s = __builtin_clzll(ux) - 11;
		mx = ux << s;
		ex = 1 - s;
	}
	if (ey) {
		my = (uy & 0x000fffffffffffffULL) | 1ULL << 52;
	} else {
		int s = __builtin_clzll(uy) - 11;
		my = uy << s;
		ey = 1 - s;
	}
	for (; ex > ey; ex--) {
		if (mx >= my) {
			mx -= my;
			*q |= 1;
		}
		mx <<= 1;
		*q <<= 1;
	}
	if (mx >= my) {
		mx -= my;
		*q |= 1;
	}
	*q &= 0x7fffffff;
	if (mx == 0)
		return 0.0;
	while (mx < 1ULL << 52) {
		mx <<= 1;
		ey--;
	}
	if (ey <= 0)	/* subnormal: exact, the bits shifted out are 0 */
		return asdouble(mx >> (1 - ey));
	return asdouble((uint64_t)ey << 52 | (mx & 0x000fffffffffffffULL));
}

double fmod(double x, double y)
{
	unsigned int q;

	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return math_invalid(x);
	if (__builtin_isinf(y))
		return x;
	return copysign(mod_abs(x, y, &q), x);
}

double remquo(double x, double y, int *quo)
{
	unsigned int q;
	double r, ay = __builtin_fabs(y);
	int negative = (asuint64(x) ^ asuint64(y)) >> 63;

	*quo = 0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return math_invalid(x);
	if (__builtin_isinf(y))
		return x;
	r = mod_abs(x, y, &q);
	/* Round the quotient to nearest: r > |y| / 2, or a tie and q odd.
	 * |y| - r is exact when it matters (Sterbenz). */
	if (r > ay - r || (r == ay - r && (q & 1))) {
		r -= ay;
		q++;
	}
	q &= 0x7fffffff;
	*quo = negative ? -(int)q : (int)q;
	return asuint64(x) >> 63 ? -r : r;
}

double remainder(double x, double y)
{
	int q;

	return remquo(x, y, &q);
}

float fmodf(float x, float y)
{
	return (float)fmod(x, y);
}

float remquof(float x, float y, int *quo)
{
	return (float)remquo(x, y, quo);
}

float remainderf(float x, float y)
{
	int q;

	return (float)remquo(x, y, &q);
}
