/* Takes double and long double apart into sign, significand and exponent. */
#include <float.h>
#include <string.h>
#include "strtofp.h"

/* An IEEE interchange format's bits (sign, exponent, fraction with the
 * integer bit implicit), of the format f. */
static void split_ieee(fp_mant bits, const struct fp_format *f,
		       struct fp_parts *v)
{
	int fb = f->p - 1, top = 2 * f->emax + 1;	/* exponent all ones */
	int eb = 32 - __builtin_clz((unsigned int)top);
	fp_mant frac = bits & (((fp_mant)1 << fb) - 1);
	int exp = (int)(bits >> fb & (fp_mant)top);

	v->neg = (int)(bits >> (fb + eb) & 1);
	v->hex_frac = fb / 4;
	v->pseudo_denormal = 0;
	if (exp == top) {
		v->kind = frac ? FP_KIND_NAN : FP_KIND_INF;
		return;
	}
	v->kind = exp || frac ? FP_KIND_FINITE : FP_KIND_ZERO;
	v->m = exp ? frac | (fp_mant)1 << fb : frac;
	v->e = (exp ? exp : 1) - f->emax - fb;
}

void fp_split_double(double x, struct fp_parts *v)
{
	unsigned long long bits;

	memcpy(&bits, &x, sizeof bits);
	split_ieee(bits, &fp_double, v);
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
#elif LDBL_MANT_DIG == 113
/* IEEE binary128, in the byte order of a 128-bit integer. */
_Static_assert(sizeof(fp_mant) == sizeof(long double),
	       "binary128 long double needs 128-bit significands");

void fp_split_long_double(long double x, struct fp_parts *v)
{
	fp_mant bits;

	memcpy(&bits, &x, sizeof bits);
	split_ieee(bits, &fp_long_double, v);
}
#else
/* long double is double. */
void fp_split_long_double(long double x, struct fp_parts *v)
{
	fp_split_double((double)x, v);
}
#endif
