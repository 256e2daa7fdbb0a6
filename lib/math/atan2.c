/*
 * atan2: the special cases of C99 F.9.1.4, then atan2_fast of |y|, |x|
 * brought near 1; where its rounding is in doubt, atan_dd of |y/x| as a
 * double-double, moved into x's half-plane (pi - a for x < 0) and given
 * y's sign.
 */
#include "libm.h"
#include "tables.h"

double atan2(double y, double x)
{
	double ay = __builtin_fabs(y), ax = __builtin_fabs(x), r;
	int ey, ex, negative_x = __builtin_signbit(x);
	dd a;

	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (y == 0)
		return negative_x ? copysign(PI_HI + opaque(PI_LO), y) : y;
	if (x == 0)
		return copysign(PIO2_HI + opaque(PIO2_LO), y);
	if (__builtin_isinf(y)) {
		if (__builtin_isinf(x))
			r = negative_x ? 3 * (PIO2_HI / 2) + opaque(PIO2_LO) :
					 PIO2_HI / 2 + opaque(PIO2_LO / 2);
		else
			r = PIO2_HI + opaque(PIO2_LO);
		return copysign(r, y);
	}
	if (__builtin_isinf(x))
		return copysign(negative_x ? PI_HI + opaque(PI_LO) : 0.0, y);

	ey = exponent_bits(ay);
	ex = exponent_bits(ax);
	if (ey - ex > 60)	/* |y/x| > 2^59: pi/2, minus x/y */
		return copysign(PIO2_HI + opaque(PIO2_LO), y);
	if (ex - ey > 60) {	/* |y/x| < 2^-59: y/x, or pi */
		if (negative_x)
			return copysign(PI_HI + opaque(PI_LO), y);
		r = ay / ax;
		if (r == 0)
			errno = ERANGE;		/* glibc's underflow to zero */
		return copysign(r, y);
	}
	/* Same exponents, near 1, keep the double-double division in range. */
	ay = asdouble(asuint64(ay) - ((uint64_t)ex << 52) + (0x3ffULL << 52));
	ax = asdouble((asuint64(ax) & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
	if (ex == 0 || ey == 0) {	/* subnormal: exact scaling instead */
		ay = __builtin_fabs(y) * 0x1p600;
		ax = __builtin_fabs(x) * 0x1p600;
	}
	if (atan2_fast(ay, 0, ax, 0, negative_x, __builtin_signbit(y), &r))
		return r;
	a = atan_dd(dd_div((dd){ ay, 0.0 }, (dd){ ax, 0.0 }));
	if (negative_x)
		a = dd_add((dd){ PI_HI, PI_LO }, (dd){ -a.hi, -a.lo });
	return copysign(a.hi + a.lo, y);
}
