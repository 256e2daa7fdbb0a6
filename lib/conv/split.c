/* Takes double and long double apart into sign, significand and exponent. */
#include <float.h>
#include <string.h>
#include "fmt.h"

void fp_split_double(double x, struct fp_parts *v)
{
	unsigned long long bits, frac;
	int exp;

	memcpy(&bits, &x, sizeof bits);
	frac = bits & ((1ULL << 52) - 1);
	exp = (int)(bits >> 52) & 0x7ff;
	v->neg = (int)(bits >> 63);
	v->hex_frac = 13;
	v->pseudo_denormal = 0;
	if (exp == 0x7ff) {
		v->kind = frac ? FP_KIND_NAN : FP_KIND_INF;
		return;
	}
	v->kind = exp || frac ? FP_KIND_FINITE : FP_KIND_ZERO;
	v->m = exp ? frac | 1ULL << 52 : frac;
	v->e = (exp ? exp : 1) - 1075;
}

#if LDBL_MANT_DIG == 64
/* The x87 format: 64-bit significand with an explicit integer bit, then
 * 15 exponent bits and the sign. */
void fp_split_long_double(long double x, struct fp_parts *v)
{
	unsigned char b[10];
	unsigned long long m;
	int exp;

	memcpy(b, &x, sizeof b);
	memcpy(&m, b, sizeof m);
	exp = (b[8] | b[9] << 8) & 0x7fff;
	v->neg = b[9] >> 7;
	v->hex_frac = 15;
	v->pseudo_denormal = 0;
	v->m = m;
	if (exp == 0x7fff) {
		/* An integer bit of 0 (pseudo-infinity, pseudo-NaN) is a NaN. */
		v->kind = m == 1ULL << 63 ? FP_KIND_INF : FP_KIND_NAN;
		return;
	}
	if (exp && !(m >> 63)) {	/* unnormal: not a number */
		v->kind = FP_KIND_NAN;
		return;
	}
	v->kind = m ? FP_KIND_FINITE : FP_KIND_ZERO;
	v->e = (exp ? exp : 1) - 16383 - 63;
	v->pseudo_denormal = !exp && m >> 63;
}
#else
void fp_split_long_double(long double x, struct fp_parts *v)
{
	fp_split_double((double)x, v);
}
#endif
