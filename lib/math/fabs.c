/* fabs and copysign: the sign bit alone. */
#include "libm.h"

double fabs(double x) { return asdouble(asuint64(x) << 1 >> 1); }
float fabsf(float x) { return asfloat(asuint(x) << 1 >> 1); }

double copysign(double x, double y)
{
	return asdouble((asuint64(x) << 1 >> 1) | (asuint64(y) >> 63 << 63));
}

float copysignf(float x, float y)
{
	return asfloat((asuint(x) << 1 >> 1) | (asuint(y) >> 31 << 31));
}
