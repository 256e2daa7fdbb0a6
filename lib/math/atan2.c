/*
 * atan2: first atan2_fast, atan's own polynomial of the smaller magnitude
 * over the larger; then the special cases of C99 F.9.1.4, and where the
 * rounding is in doubt atan_dd of |y/x| as a double-double (|y|, |x|
 * brought near 1), moved into x's half-plane (pi - a for x < 0) and given
 * y's sign.
 */
#include "libm.h"
#include "tables.h"

/*
 * atan2(y, x) for 2^-500 <= |y|, |x| < 2^500 and |y/x| or |x/y| at least
 * 2^-60, rounded into *r and 1; 0 where the rounding is in doubt. t = the
 * smaller magnitude over the larger, with its tail (quotient_tail), into
 * atan_poly, then angle_finish: atan t, pi/2 - atan t (|y| > |x|), pi -
 * atan t (x < 0), pi/2 + atan t (both), given y's sign. The tail's error
 * (2^-77 of t) leaves atan_poly's bound.
 */
static int atan2_fast(double y, double x, double *r)
{
	double ay = __builtin_fabs(y), ax = __builtin_fabs(x);
	double sign = __builtin_signbit(y) ? -1.0 : 1.0, k = sign;
	double num = ay, den = ax, base_hi = 0, base_lo = 0, t, inv;

	if (ay > ax) {
		num = ax;
		den = ay;
		base_hi = PIO2_HI;
		base_lo = PIO2_LO;
		k = -k;
	} else if (__builtin_signbit(x)) {
		base_hi = PI_HI;
		base_lo = PI_LO;
	}
	if (__builtin_signbit(x))
		k = -k;
	t = num / den;
	inv = 1 / den;
	return angle_finish(sign * base_hi, sign * base_lo, k,
			    atan_poly(t, quotient_tail(num, den, t, inv)), r);
}

double atan2(double y, double x)
{
	double ay = __builtin_fabs(y), ax = __builtin_fabs(x), r;
	int ey, ex, negative_x = __builtin_signbit(x);
	dd a;

	/* Both within 2^-500 and 2^500, exponents at most 60 apart. */
	if ((asuint64(ax) - asuint64(0x1p-500)) < asuint64(0x1p500) - asuint64(0x1p-500) &&
	    (asuint64(ay) - asuint64(0x1p-500)) < asuint64(0x1p500) - asuint64(0x1p-500) &&
	    (uint64_t)(exponent_bits(ay) - exponent_bits(ax) + 60) <= 120 &&
	    atan2_fast(y, x, &r))
		return r;
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
	a = atan_dd(dd_div((dd){ ay, 0.0 }, (dd){ ax, 0.0 }));
	if (negative_x)
		a = dd_add((dd){ PI_HI, PI_LO }, (dd){ -a.hi, -a.lo });
	return copysign(a.hi + a.lo, y);
}
