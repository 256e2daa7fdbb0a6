/* log2 and log10: log_dd times the double-double 1/ln2 or 1/ln10. */
#include "libm.h"
#include "tables.h"

static double log_scaled(double x, double hi, double lo)
{
	double y;
	dd r, c = { hi, lo };

	if (log_special(x, &y))
		return y;
	r = dd_mul(log_dd(x), c);
	return r.hi + r.lo;
}

double log2(double x)
{
	uint64_t u = asuint64(x);

	/* Powers of two exactly, and without FE_INEXACT. */
	if ((u & 0x000fffffffffffffULL) == 0 && (u >> 52) - 1 < 0x7fe)
		return (double)((int)(u >> 52) - 0x3ff);
	return log_scaled(x, INV_LN2_HI, INV_LN2_LO);
}

double log10(double x)
{
	return log_scaled(x, INV_LN10_HI, INV_LN10_LO);
}

float log2f(float x) { return (float)log2(x); }
float log10f(float x) { return (float)log10(x); }
