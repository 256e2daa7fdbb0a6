/* The BSD and SVID leftovers glibc still has: finite, drem, significand. */
#include "libm.h"

int finite(double x) { return __builtin_isfinite(x); }
int finitef(float x) { return __builtin_isfinite(x); }
double drem(double x, double y) { return remainder(x, y); }
float dremf(float x, float y) { return remainderf(x, y); }

/* x scaled into [1, 2): scalb(x, -ilogb(x)). */
double significand(double x)
{
	if (x == 0 || !__builtin_isfinite(x))
		return x + x;
	return scalbn(x, -ilogb(x));
}

float significandf(float x)
{
	if (x == 0 || !__builtin_isfinite(x))
		return x + x;
	return scalbnf(x, -ilogbf(x));
}
