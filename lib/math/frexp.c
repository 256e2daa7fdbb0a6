/* frexp: x = m * 2^e with 0.5 <= |m| < 1 (0, inf and NaN as given, e 0). */
#include "libm.h"

double frexp(double x, int *e)
{
	uint64_t u = asuint64(x);
	int ex = (int)(u >> 52 & 0x7ff);

	if (ex == 0) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		x = frexp(x * 0x1p64, e);
		*e -= 64;
		return x;
	}
	if (ex == 0x7ff) {
		*e = 0;
		return x + x;
	}
	*e = ex - 0x3fe;
	return asdouble((u & 0x800fffffffffffffULL) | 0x3fe0000000000000ULL);
}

float frexpf(float x, int *e)
{
	uint32_t u = asuint(x);
	int ex = (int)(u >> 23 & 0xff);

	if (ex == 0) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		x = frexpf(x * 0x1p32f, e);
		*e -= 32;
		return x;
	}
	if (ex == 0xff) {
		*e = 0;
		return x + x;
	}
	*e = ex - 0x7e;
	return asfloat((u & 0x807fffff) | 0x3f000000);
}
