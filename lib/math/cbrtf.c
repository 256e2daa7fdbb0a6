/*
 * cbrtf in double arithmetic (libmf.h): a = |x| (a normal double even
 * where x is a subnormal float), an estimate of cbrt(a) from a's bits (a
 * third of its exponent and significand, with an offset that centres the
 * error: under 2^-4.9), and two steps of Halley's iteration y (y^3 + 2a)
 * / (2y^3 + a), which triples the bits: 2^-15.5, then 2^-47 (measured
 * over every float in [1, 8)), with the steps' roundings under 2^-46 of
 * the result: 2^7 units in its last place, rounded once. Exact cubes lie
 * on a float, which the test refuses; those and the few results whose
 * rounding the error leaves in doubt come from cbrt.
 */
#include "libmf.h"

#define CBRTF_ERR	512

float cbrtf(float x)
{
	double a = __builtin_fabsf(x), y, y3;

	if (!(a > 0 && a <= FLT_MAX))	/* zeros, infinities, NaN */
		return x + x;
	y = asdouble(asuint64(a) / 3 + 0x2a9f780000000000ULL);
	y3 = y * y * y;
	y *= (y3 + 2 * a) / (2 * y3 + a);
	y3 = y * y * y;
	y *= (y3 + 2 * a) / (2 * y3 + a);
	if (float_is_clear(y, CBRTF_ERR))
		return (float)__builtin_copysign(y, x);
	return (float)cbrt(x);
}
