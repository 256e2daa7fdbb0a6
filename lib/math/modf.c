/* modf: the integral part into *ip, the fraction (with x's sign) returned. */
#include "libm.h"

double modf(double x, double *ip)
{
	double t = trunc(x);

	*ip = t;
	if (__builtin_isinf(x))
		return copysign(0.0, x);
	return copysign(x - t, x);	/* exact; NaN stays NaN */
}

float modff(float x, float *ip)
{
	float t = truncf(x);

	*ip = t;
	if (__builtin_isinf(x))
		return copysignf(0.0f, x);
	return copysignf(x - t, x);
}
