/*
 * atan; atan2_fast, the path in double arithmetic that atan, atan2, asin
 * and acos take first (below); and atan_dd, the arctangent of a
 * double-double that they fall back on where atan2_fast's rounding is in
 * doubt (and long double uses). For t > 1, atan t = pi/2 - atan(1/t). For t <= 1, with
 * c = j/16 the nearest sixteenth, atan t = atan c + atan u where
 * u = (t - c) / (1 + t c) and |u| <= 1/32: atan c from a table, atan u a
 * Taylor series to u^15, the leading term u a double-double.
 */
#include "libm.h"
#include "tables.h"

#define THIRD_HI 0x1.5555555555555p-2	/* 1/3 as a double-double */
#define THIRD_LO 0x1.5555555555555p-56

dd atan_dd(dd t)
{
	int inverted = t.hi > 1.0, j;
	double c0, u2, poly, lo;
	dd u, a, s, c, cube;

	if (inverted)
		t = dd_div((dd){ 1.0, 0.0 }, t);
	j = (int)(t.hi * 16.0 + 0.5);
	c0 = j * (1.0 / 16);
	u = dd_div(dd_add_d(t, -c0), dd_add_d(dd_mul_d(t, c0), 1.0));
	u2 = u.hi * u.hi;
	/* -u^3/3 in double-double (long double needs it), the rest in double. */
	cube = dd_mul(dd_mul_d(two_prod(u.hi, u.hi), u.hi),
		      (dd){ -THIRD_HI, -THIRD_LO });
	poly = u.hi * u2 * u2 * (1.0 / 5 + u2 * (-1.0 / 7 + u2 * (1.0 / 9 +
		u2 * (-1.0 / 11 + u2 * (1.0 / 13 + u2 * (-1.0 / 15))))));
	a.hi = atan_table[2 * j];
	a.lo = atan_table[2 * j + 1];
	s = two_sum(a.hi, u.hi);
	c = two_sum(s.hi, cube.hi);
	lo = a.lo + u.lo + s.lo + c.lo + cube.lo - u2 * u.lo + poly;
	s.hi = c.hi;
	s = fast_two_sum(s.hi, lo);
	if (inverted) {
		s = dd_add((dd){ PIO2_HI, PIO2_LO }, (dd){ -s.hi, -s.lo });
	}
	return s;
}

/*
 * atan(a / b) for normal a, b > 0 with a <= b, given as double-doubles
 * (al, bl below 2^-52 of a, b), in double arithmetic: c = j/16 the
 * sixteenth nearest a/b, atan(a/b) = atan c + atan u with u = (a - c b)
 * / (b + c a), |u| <= 1/32. c has 5 bits, so that c times a or b split
 * into 26-bit halves is exact: a - c b (Sterbenz for its high part) and
 * b + c a are double-doubles, and u = u0 + e with e the quotient's
 * residual (one exact product) over the divisor. atan u = u - u^3/3 +
 * ... to u^13 (the rest below 2^-78), the u^3 terms on from u0 and e
 * (1 - u0^2) for the rest. The error of hi + lo (unnormalised) is below
 * 2^-62 of it: 2^-62.6 from the series' roundings (u^3/3 is at most
 * 2^-11.6 of the result), 2^-64 for the sums in lo (2^-62.9 measured,
 * against atan_dd, on 3 million quotients).
 */
static inline __attribute__((always_inline)) dd
atan_ratio(double a, double al, double b, double bl)
{
	double q = a / b, c, inv, u0, u2, u4, e, poly;
	int j = (int)(q * 16 + 0.5);
	double ah = asdouble(asuint64(a) & ~0x7ffffffULL), at = a - ah;
	double bh = asdouble(asuint64(b) & ~0x7ffffffULL), bt = b - bh;
	dd n, d, p, s;

	c = j * (1.0 / 16);
	n = two_sum(a - c * bh, -c * bt);
	n = two_sum(n.hi, n.lo + (al - c * bl));
	d = two_sum(b, c * ah);
	d = fast_two_sum(d.hi, d.lo + (c * at + (bl + c * al)));
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
 * negative_x set), y and x double-doubles, negated if negative, rounded
 * into *r and 1; 0 when the error of atan_ratio (2^-61 of the result,
 * which pi/2 - t or pi - t with t <= pi/4 leaves below 2^-61 of theirs)
 * could change the rounding.
 */
static inline __attribute__((always_inline)) int
atan2_inline(double y, double yl, double x, double xl, int negative_x,
	     int negative, double *r)
{
	double bh = 0, bl = 0, err;
	dd t, s;

	if (y <= x) {
		t = atan_ratio(y, yl, x, xl);
		if (negative_x) {
			bh = PI_HI;
			bl = PI_LO;
		}
	} else {
		t = atan_ratio(x, xl, y, yl);
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

int atan2_fast(double y, double yl, double x, double xl, int negative_x,
	       int negative, double *r)
{
	return atan2_inline(y, yl, x, xl, negative_x, negative, r);
}

double atan(double x)
{
	double ax = __builtin_fabs(x), y;
	dd r;

	if (__builtin_isnan(x))
		return x + x;

	if (ax < 0x1p-27) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (__builtin_isnan(x))
		return x + x;
	if (ax > 0x1p60)
		return copysign(PIO2_HI + opaque(PIO2_LO), x);
	if (atan2_inline(ax, 0, 1.0, 0, 0, x < 0, &y))
		return y;
	r = atan_dd((dd){ ax, 0.0 });
	return copysign(r.hi + r.lo, x);
}
