/* Builds double, float and long double from their bits (see strtofp.h). */
#include <float.h>
#include <stdint.h>
#include <string.h>
#include "pack.h"

double fp_pack_double(const struct fp_value *v)
{
	uint64_t bits = (uint64_t)v->neg << 63;
	double d;

	if (v->kind == FP_KIND_INF)
		bits |= 0x7ffULL << 52;
	else if (v->kind == FP_KIND_NAN)
		bits |= 0x7ff8ULL << 48 | (v->m & ((1ULL << 52) - 1));
	else if (v->kind == FP_KIND_FINITE)
		bits |= (v->m >> 52 ? (uint64_t)(v->e + 52 + 1023) << 52 : 0) |
			(v->m & ((1ULL << 52) - 1));
	memcpy(&d, &bits, sizeof d);
	return d;
}

float fp_pack_float(const struct fp_value *v)
{
	uint32_t bits = (uint32_t)v->neg << 31;
	float f;

	if (v->kind == FP_KIND_INF)
		bits |= 0xffu << 23;
	else if (v->kind == FP_KIND_NAN)
		bits |= 0x7fc00000u | (uint32_t)(v->m & ((1u << 23) - 1));
	else if (v->kind == FP_KIND_FINITE)
		bits |= (v->m >> 23 ? (uint32_t)(v->e + 23 + 127) << 23 : 0) |
			(uint32_t)(v->m & ((1u << 23) - 1));
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
		m = v->m;
		if (m >> 63)
			se |= (unsigned int)(v->e + 63 + 16383);
	}
	memcpy(b, &m, 8);
	b[8] = (unsigned char)se;
	b[9] = (unsigned char)(se >> 8);
	memcpy(&x, b, sizeof x);
	return x;
}
#else
long double fp_pack_long_double(const struct fp_value *v)
{
	return fp_pack_double(v);
}
#endif
