/* Builds double, float and long double from their bits (see strtofp.h). */
#include <float.h>
#include <stdint.h>
#include <string.h>
#include "pack.h"

/* The bits of v in an IEEE interchange format f: sign, exponent, and the
 * fraction with the integer bit implicit; a NaN is quiet, its payload in
 * the fraction's other bits. */
static fp_mant ieee_bits(const struct fp_value *v, const struct fp_format *f)
{
	int fb = f->p - 1, top = 2 * f->emax + 1;	/* exponent all ones */
	int eb = 32 - __builtin_clz((unsigned int)top);
	fp_mant frac = ((fp_mant)1 << fb) - 1;
	fp_mant bits = (fp_mant)v->neg << (fb + eb);

	if (v->kind == FP_KIND_INF)
		bits |= (fp_mant)top << fb;
	else if (v->kind == FP_KIND_NAN)
		bits |= (fp_mant)top << fb | (fp_mant)1 << (fb - 1) |
			(v->m & frac);
	else if (v->kind == FP_KIND_FINITE)
		bits |= (v->m >> fb ? (fp_mant)(v->e + fb + f->emax) << fb : 0) |
			(v->m & frac);
	return bits;
}

double fp_pack_double(const struct fp_value *v)
{
	uint64_t bits = (uint64_t)ieee_bits(v, &fp_double);
	double d;

	memcpy(&d, &bits, sizeof d);
	return d;
}

float fp_pack_float(const struct fp_value *v)
{
	uint32_t bits = (uint32_t)ieee_bits(v, &fp_float);
	float f;

	memcpy(&f, &bits, sizeof f);
	return f;
}

#if LDBL_MANT_DIG == 64
long double fp_pack_long_double(const struct fp_value *v)
{
	unsigned char b[sizeof(long double)];
	uint64_t m = 0;
	unsigned int se = (unsigned int)v->neg << 15;
	long double x;

	memset(b, 0, sizeof b);
	if (v->kind == FP_KIND_INF) {
		se |= 0x7fff;
		m = 1ULL << 63;
	} else if (v->kind == FP_KIND_NAN) {
		se |= 0x7fff;
		m = 3ULL << 62 | (v->m & ((1ULL << 63) - 1));
	} else if (v->kind == FP_KIND_FINITE) {
		m = (uint64_t)v->m;
		if (m >> 63)
			se |= (unsigned int)(v->e + 63 + 16383);
	}
	memcpy(b, &m, 8);
	b[8] = (unsigned char)se;
	b[9] = (unsigned char)(se >> 8);
	memcpy(&x, b, sizeof x);
	return x;
}
#elif LDBL_MANT_DIG == 113
long double fp_pack_long_double(const struct fp_value *v)
{
	fp_mant bits = ieee_bits(v, &fp_long_double);
	long double x;

	memcpy(&x, &bits, sizeof x);
	return x;
}
#else
long double fp_pack_long_double(const struct fp_value *v)
{
	return fp_pack_double(v);
}
#endif
