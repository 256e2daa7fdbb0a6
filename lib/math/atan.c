/*
 * atan: first atan_poly (atan_taylor_table) in double arithmetic; and
 * atan_dd, the arctangent of a double-double that atan, atan2, asin and
 * acos fall back on where the rounding is in doubt (and long double
 * uses). For t > 1, atan t = pi/2 - atan(1/t). For t <= 1, with
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

double atan(double x)
{
	double ax = __builtin_fabs(x), sign = __builtin_signbit(x) ? -1.0 : 1.0;
	double y, inv;
	dd r;

	if (__builtin_isnan(x))
		return x + x;

	if (ax < 0x1p-27) {
		if (x != 0 && ax < DBL_MIN)
			force_eval(opaque(x) * x);	/* underflow */
		return x == 0 ? x : x - x * 0x1p-60;
	}
	if (ax > 0x1p60)
		return copysign(PIO2_HI + opaque(PIO2_LO), x);
	/* pi/2 - atan(1/x) above 1, 1/x a double-double. */
	if (ax <= 1.0) {
		if (angle_finish0(sign, atan_poly(ax, 0), &y))
			return y;
	} else {
		inv = 1 / ax;
		if (angle_finish(sign * PIO2_HI, sign * PIO2_LO, -sign,
				 atan_poly(inv, quotient_tail(1.0, ax, inv, inv)), &y))
			return y;
	}
	r = atan_dd((dd){ ax, 0.0 });
	return copysign(r.hi + r.lo, x);
}
