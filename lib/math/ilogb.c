/*
 * ilogb and logb: the unbiased exponent. ilogb of 0, inf or NaN is a
 * domain error (FE_INVALID, EDOM); logb(0) is -inf with FE_DIVBYZERO only.
 */
#include <limits.h>
#include "libm.h"

static int ilogb_bits(double x)
{
	uint64_t u = asuint64(x) << 1 >> 1;
	int e = (int)(u >> 52);

	if (e == 0)
		return -1011 - __builtin_clzll(u);	/* 2^(63 - clz - 1074) */
	return e - 0x3ff;
}

int ilogb(double x)
{
	if (x == 0 || !__builtin_isfinite(x)) {
		math_invalid(0.0);
		return __builtin_isinf(x) ? INT_MAX :
		       x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	return ilogb_bits(x);
}

int ilogbf(float x) { return ilogb(x); }

double logb(double x)
{
	if (x == 0)
		return -1.0 / opaque(__builtin_fabs(x));
	if (!__builtin_isfinite(x))
		return x * x;
	return ilogb_bits(x);
}

float logbf(float x)
{
	if (x == 0)
		return -1.0f / opaquef(__builtin_fabsf(x));
	if (!__builtin_isfinite(x))
		return x * x;
	return ilogb_bits(x);
}
