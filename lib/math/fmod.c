/*
 * fmod, remainder and remquo: exact remainders. For a normal |y| and |x|
 * below 2^1023, 26 quotient bits at a time in double arithmetic
 * (mod_step), the exponents apart by more than 25 first brought closer by
 * steps against |y| 2^k; otherwise by long division of the significands,
 * one quotient bit a step. fmod truncates the quotient, remainder rounds
 * it to nearest (ties to even); remquo also returns its low bits with the
 * quotient's sign. The float versions use the double code: every float
 * remainder is exact in double.
 */
#include <fenv.h>

#include "libm.h"

/*
 * The inexact flag of the unit that does the double arithmetic (SSE's
 * MXCSR on x86, where the x87's flags, which fetestexcept adds, stay as
 * they are), read before a rounded division and cleared after it where it
 * was clear. x passes through the read and r through the clearing, so
 * that the arithmetic stays between the two.
 */
#if defined(__x86_64__) || defined(__i386__)
static inline unsigned int inexact_get(double *x)
{
	unsigned int m;

	__asm__ volatile("stmxcsr %1" : "+x"(*x), "=m"(m));
	return m;
}

static inline void inexact_forget(unsigned int saved, double *r)
{
	if (!(saved & FE_INEXACT))
		__asm__ volatile("ldmxcsr %1" : "+x"(*r) : "m"(saved));
}
#else
static inline unsigned int inexact_get(double *x)
{
	unsigned int m = fetestexcept(FE_INEXACT);

	*x = opaque(*x);
	return m;
}

static inline void inexact_forget(unsigned int saved, double *r)
{
	*r = opaque(*r);
	if (!saved)
		feclearexcept(FE_INEXACT);
}
#endif

/*
 * x - Q y for 0 <= x < 2^26 y, y normal, x < 2^1023, with Q the quotient
 * truncated (nearest 0) or rounded to nearest, ties to even (nearest 1),
 * and Q's low bits in *q. The rounded quotient truncates to n = floor(x /
 * y) or, rounded up, to n + 1 (n and n + 1 are doubles, the rounding is
 * monotone); rounded to nearest, it is within one of the nearest integer
 * and 2^-26 of a half. Either way x - Q y is a double, found exactly by
 * fma or else by Dekker's product with Q (26 bits) and y cut into 26 and
 * 27 bits (each partial product exact, x - p and Q yh - p by Sterbenz,
 * exact in every rounding mode); one step of y then puts it in range.
 * The division raises inexact, which the caller forgets.
 */
static inline double mod_step(double x, double y, int nearest,
			      unsigned int *q)
{
	double qd = x / y, r, twice;
	int n = (int)(nearest ? qd + 0.5 : qd);

	qd = n;
#ifdef __FP_FAST_FMA
	r = __builtin_fma(-qd, y, x);
#else
	double yh = asdouble(asuint64(y) & 0xfffffffff8000000ULL), p = qd * y;

	r = (x - p) - ((qd * yh - p) + qd * (y - yh));
#endif
	if (nearest) {
		twice = 2 * __builtin_fabs(r);
		if (twice > y || (twice == y && (n & 1))) {
			if (r > 0) {
				r -= y;
				n++;
			} else {
				r += y;
				n--;
			}
		}
		r = r == 0 ? 0.0 : r;	/* +0, not the -0 of rounding down */
	} else {
		if (r < 0) {
			r += y;
			n--;
		}
		r = __builtin_fabs(r);
	}
	*q = (unsigned int)n;
	return r;
}

/*
 * mod_step for 0 < y <= x, y normal and x < 2^1023, the exponents brought
 * within 25 first by truncated steps against y 2^k (exact), 26 quotient
 * bits each; the quotient's low 31 bits in *q.
 */
static inline double mod_steps(double x, double y, int nearest,
			       unsigned int *q)
{
	unsigned int saved = inexact_get(&x), qk, bits = 0;
	int ex = exponent_bits(x), ey = exponent_bits(y), k;

	while ((k = ex - ey - 25) > 0) {
		x = mod_step(x, asdouble(asuint64(y) + ((uint64_t)k << 52)),
			     0, &qk);
		if (k < 32)
			bits += qk << k;
		ex = exponent_bits(x);
	}
	x = mod_step(x, y, nearest, &qk);
	*q = (bits + qk) & 0x7fffffff;
	inexact_forget(saved, &x);
	return x;
}

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
	if (ey != 0 && ex < 0x7fe)
		return mod_steps(asdouble(ux), asdouble(uy), 0, q);
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
	uint64_t twice;
	int negative = (asuint64(x) ^ asuint64(y)) >> 63;

	*quo = 0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return math_invalid(x);
	if (__builtin_isinf(y))
		return x;
	if (ay >= DBL_MIN && __builtin_fabs(x) >= ay &&
	    __builtin_fabs(x) < 0x1p1023) {
		r = mod_steps(__builtin_fabs(x), ay, 1, &q);
		*quo = negative ? -(int)q : (int)q;
		return asuint64(x) >> 63 ? -r : r;
	}
	r = mod_abs(x, y, &q);
	/* Round the quotient to nearest: 2 r > |y|, or a tie and q odd; 2 r
	 * by its bits (an overflow to inf's bits still compares right), as
	 * arithmetic on r and |y| could raise inexact or overflow. */
	twice = asuint64(r) < 1ULL << 52 ? asuint64(r) << 1 :
		asuint64(r) + (1ULL << 52);
	if (twice > asuint64(ay) || (twice == asuint64(ay) && (q & 1))) {
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
