/* floor, ceil, trunc and round: the integral value in one direction, by
 * clearing fraction bits (exact, no exception but for a signaling NaN). */
#include "libm.h"

enum { TO_FLOOR, TO_CEIL, TO_ZERO, TO_AWAY };

static inline double round_dir(double x, int dir)
{
	uint64_t u = asuint64(x), sign = u >> 63, frac;
	int e = exponent_bits(x) - 0x3ff;

	if (e >= 52)		/* integral, infinite or NaN (quieted) */
		return e == 0x400 ? x + x : x;
	if (e < 0) {		/* |x| < 1 */
		if ((u << 1) == 0)
			return x;
		if (dir == TO_AWAY && e == -1)
			return asdouble(sign << 63 | 0x3ff0000000000000ULL);
		if ((dir == TO_FLOOR && sign) || (dir == TO_CEIL && !sign))
			return sign ? -1.0 : 1.0;
		return asdouble(sign << 63);
	}
	frac = 0x000fffffffffffffULL >> e;
	if ((u & frac) == 0)
		return x;
	if (dir == TO_AWAY)
		u += (frac + 1) >> 1;
	else if ((dir == TO_FLOOR && sign) || (dir == TO_CEIL && !sign))
		u += frac;
	return asdouble(u & ~frac);
}

static inline float round_dirf(float x, int dir)
{
	uint32_t u = asuint(x), sign = u >> 31, frac;
	int e = (int)(u >> 23 & 0xff) - 0x7f;

	if (e >= 23)
		return e == 0x80 ? x + x : x;
	if (e < 0) {
		if ((u << 1) == 0)
			return x;
		if (dir == TO_AWAY && e == -1)
			return asfloat(sign << 31 | 0x3f800000);
		if ((dir == TO_FLOOR && sign) || (dir == TO_CEIL && !sign))
			return sign ? -1.0f : 1.0f;
		return asfloat(sign << 31);
	}
	frac = 0x007fffff >> e;
	if ((u & frac) == 0)
		return x;
	if (dir == TO_AWAY)
		u += (frac + 1) >> 1;
	else if ((dir == TO_FLOOR && sign) || (dir == TO_CEIL && !sign))
		u += frac;
	return asfloat(u & ~frac);
}

double floor(double x) { return round_dir(x, TO_FLOOR); }
double ceil(double x) { return round_dir(x, TO_CEIL); }
double trunc(double x) { return round_dir(x, TO_ZERO); }
double round(double x) { return round_dir(x, TO_AWAY); }
float floorf(float x) { return round_dirf(x, TO_FLOOR); }
float ceilf(float x) { return round_dirf(x, TO_CEIL); }
float truncf(float x) { return round_dirf(x, TO_ZERO); }
float roundf(float x) { return round_dirf(x, TO_AWAY); }
