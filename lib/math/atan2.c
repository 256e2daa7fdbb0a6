/*
 * atan2: the special cases of C99 F.9.1.4, then atan2_fast of |y|, |x|
 * brought near 1; where its rounding is in doubt, atan_dd of |y/x| as a
 * double-double, moved into x's half-plane (pi - a for x < 0) and given
 * y's sign.
 */
#include "libm.h"
#include "tables.h"

/*
 * atan(a / b) for normal a, b > 0 with a <= b, in double arithmetic: c =
 * j/16 the sixteenth nearest a/b, atan(a/b) = atan c + atan u with u = (a
 * - c b) / (b + c a), |u| <= 1/32. c has 5 bits, so that c times a or b
 * split into 26-bit halves is exact: a - c b (Sterbenz for its high part) and
 * b + c a are double-doubles, and u = u0 + e with e the quotient's
 * residual (one exact product) over the divisor. atan u = u - u^3/3 +
 * ... to u^13 (the rest below 2^-78), the u^3 terms on from u0 and e
 * (1 - u0^2) for the rest. The error of hi + lo (unnormalised) is below
 * 2^-62 of it: 2^-62.6 from the series' roundings (u^3/3 is at most
 * 2^-11.6 of the result), 2^-64 for the sums in lo (2^-62.9 measured,
 * against atan_dd, on 3 million quotients).
 */
static dd atan_ratio(double a, double b)
{
	double q = a / b, c, inv, u0, u2, u4, e, poly;
	int j = (int)(q * 16 + 0.5);
	double ah = asdouble(asuint64(a) & ~0x7ffffffULL), at = a - ah;
	double bh = asdouble(asuint64(b) & ~0x7ffffffULL), bt = b - bh;
	dd n, d, p, s;

	c = j * (1.0 / 16);
	n = two_sum(a - c * bh, -c * bt);
	d = two_sum(b, c * ah);
	d = fast_two_sum(d.hi, d.lo + c * at);
	inv = 1 / d.hi;
	u0 = n.hi * inv;
	p = two_prod(u0, d.hi);
	e = ((n.hi - p.hi) - p.lo + n.lo - u0 * d.lo) * inv;
	u2 = u0 * u0;
	u4 = u2 * u2;
	poly = u0 * u2 * ((-1.0 / 3 + u2 * (1.0 / 5)) +
		u4 * ((-1.0 / 7 + u2 * (1.0 / 9)) +
		u4 * (-1.0 / 11 + u2 * (1.0 / 13))));
	s = fast_two_sum(atan_table[2 * j], u0);
	s.lo += atan_table[2 * j + 1] + (e - e * u2) + poly;
	return s;
}

/*
 * atan2(y, x) for y > 0 and x > 0 (or x < 0: x the magnitude and
 * negative_x set), negated if negative, rounded
 * into *r and 1; 0 when the error of atan_ratio (2^-61 of the result,
 * which pi/2 - t or pi - t with t <= pi/4 leaves below 2^-61 of theirs)
 * could change the rounding.
 */
static int atan2_fast(double y, double x, int negative_x, int negative,
		      double *r)
{
	double bh = 0, bl = 0, err;
	dd t, s;

	if (y <= x) {
		t = atan_ratio(y, x);
		if (negative_x) {
			bh = PI_HI;
			bl = PI_LO;
		}
	} else {
		t = atan_ratio(x, y);
		bh = PIO2_HI;
		bl = PIO2_LO;
		negative_x = !negative_x;
	}
	if (negative_x) {
		t.hi = -t.hi;
		t.lo = -t.lo;
	}
	s = two_sum(bh, t.hi);
	s.lo += bl + t.lo;
	if (negative) {
		s.hi = -s.hi;
		s.lo = -s.lo;
	}
	err = __builtin_fabs(s.hi) * 0x1p-61;
	if (!round_is_clear(s.hi, s.lo, err))
		return 0;
	*r = s.hi + s.lo;
	return 1;
}


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
	if (atan2_fast(ay, ax, negative_x, __builtin_signbit(y), &r))
		return r;
	a = atan_dd(dd_div((dd){ ay, 0.0 }, (dd){ ax, 0.0 }));
	if (negative_x)
		a = dd_add((dd){ PI_HI, PI_LO }, (dd){ -a.hi, -a.lo });
	return copysign(a.hi + a.lo, y);
}
