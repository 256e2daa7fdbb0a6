/*
 * rint and nearbyint: the integral value in the current rounding mode.
 * Adding and subtracting 2^52 (2^23) lets the hardware round; nearbyint
 * then forgets the inexact flag that rint keeps.
 */
#include <fenv.h>
#include "libm.h"

double rint(double x)
{
	const double shift = 0x1p52;
	double y;

	if (exponent_bits(x) >= 0x3ff + 52)	/* integral, inf or NaN */
		return x + 0.0;
	y = asuint64(x) >> 63 ? opaque(x - shift) + shift
			       : opaque(x + shift) - shift;
	return y == 0 ? copysign(0.0, x) : y;
}

float rintf(float x)
{
	const float shift = 0x1p23f;
	float y;

	if ((asuint(x) >> 23 & 0xff) >= 0x7f + 23)
		return x + 0.0f;
	y = asuint(x) >> 31 ? opaquef(x - shift) + shift
			     : opaquef(x + shift) - shift;
	return y == 0 ? copysignf(0.0f, x) : y;
}

double nearbyint(double x)
{
	int inexact = fetestexcept(FE_INEXACT);
	double y = rint(x);

	if (!inexact)
		feclearexcept(FE_INEXACT);
	return y;
}

float nearbyintf(float x)
{
	int inexact = fetestexcept(FE_INEXACT);
	float y = rintf(x);

	if (!inexact)
		feclearexcept(FE_INEXACT);
	return y;
}
