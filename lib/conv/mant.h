/*
 * The significand type of lib/conv/: 128 bits where the compiler has them
 * (binary128 long double needs 113), else 64, which holds double and the
 * x87's 64. Only shifts, masks, additions and comparisons are used on it,
 * never division, so no libgcc call is needed.
 */
#ifndef LIB_CONV_MANT_H
#define LIB_CONV_MANT_H

#ifdef __SIZEOF_INT128__
typedef unsigned __int128 fp_mant;
#else
typedef unsigned long long fp_mant;
#endif

#define FP_MANT_BITS	((int)(8 * sizeof(fp_mant)))

/* The significant bits of m (0 for zero). */
static inline int fp_mant_width(fp_mant m)
{
	unsigned long long high = (unsigned long long)(m >> 32 >> 32);

	if (high)
		return FP_MANT_BITS - __builtin_clzll(high);
	return m ? 64 - __builtin_clzll((unsigned long long)m) : 0;
}

#endif
