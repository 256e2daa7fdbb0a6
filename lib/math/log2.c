/* log2 and log10: log_base_fast (log_base.h) with the base's table and
 * 1/ln2 or 1/ln10; where it cannot decide, log_fast, else log_accurate, times
 * the double-double 1/ln2 or 1/ln10. */
#include "libm.h"
#include "log_base.h"
#include "tables.h"

static double log_scaled(double x, double hi, double lo)
{
	double y, err;
	dd r, c = { hi, lo };

	if (log_special(x, &y))
		return y;
	if (log_fast(x, &r, &err)) {	/* c < 1.5: the error at most doubles */
		r = dd_mul(fast_two_sum(r.hi, r.lo), c);
		if (round_is_clear(r.hi, r.lo, 2 * err + __builtin_fabs(r.hi) * 0x1p-100))
			return r.hi + r.lo;
	}
	r = dd_mul(log_accurate(x), c);
	return r.hi + r.lo;
}

double log2(double x)
{
	uint64_t u = asuint64(x);
	double y;

	if (__builtin_expect(log_is_normal_positive(u), 1)) {
		/* Powers of two: exact, without FE_INEXACT. */
		if ((u & 0x000fffffffffffffULL) == 0)
			return (double)((int)(u >> 52) - 0x3ff);
		if (log_base_fast(u, 0.0, log2_table, 1.0, 0.0, INV_LN2_6,
				  INV_LN2_6_LO, &y))
			return y;
	}
	return log_scaled(x, INV_LN2_HI, INV_LN2_LO);
}

double log10(double x)
{
	uint64_t u = asuint64(x);
	double y;

	if (__builtin_expect(log_is_normal_positive(u), 1) &&
	    log_base_fast(u, 0.0, log10_table, LOG10_2_HI, LOG10_2_LO, INV_LN10_6,
			  INV_LN10_6_LO, &y))
		return y;
	return log_scaled(x, INV_LN10_HI, INV_LN10_LO);
}
