/*
 * Exact decimal expansion of a binary floating-point value, for printf.
 * The value m * 2^e is held as D * 10^-k with D a big integer in base 10^9
 * (little-endian limbs): for e >= 0, D = m * 2^e and k = 0; for e < 0,
 * D = m * 5^-e and k = -e. A digit's weight is 10^w: digit w of the value
 * is digit w + k of D.
 */
#ifndef LIB_CONV_DECIMAL_H
#define LIB_CONV_DECIMAL_H

#include <float.h>
#include <stdint.h>
#include "fmt.h"

/* Room for D, or for rounding up to the first digit above it: the smallest
 * value has k = 1074 (double), 16445 (x87) or 16494 (binary128), the
 * largest 309 or 4933 digits. */
#define DEC_LIMBS_DOUBLE	(1074 / 9 + 4)
#if LDBL_MAX_EXP > DBL_MAX_EXP
#define DEC_LIMBS_LONG		(16494 / 9 + 4)
#else
#define DEC_LIMBS_LONG		DEC_LIMBS_DOUBLE
#endif

/* The limbs a value of this kind needs (v->hex_frac tells double from
 * long double): the caller provides them, on its stack. */
#define DEC_LIMBS(v)	((v)->hex_frac > 13 ? DEC_LIMBS_LONG : DEC_LIMBS_DOUBLE)

struct decimal {
	uint32_t *limb;		/* DEC_LIMBS of them */
	int n;			/* limbs in use; the top one is nonzero */
	int k;
};

extern const uint32_t dec_pow10[10];

/* D * 10^-k = m * 2^e exactly (m = 0 gives zero). */
void dec_init(struct decimal *d, fp_mant m, int e);

/* The weight of the leading digit, 0 for zero. */
int dec_top(const struct decimal *d);

/* The digit of weight 10^w. */
int dec_digit(const struct decimal *d, int w);

/* Drops every digit below weight 10^w, rounding in the given mode. */
void dec_round(struct decimal *d, int w, enum fp_round mode, int neg);

/*
 * The same result as dec_init and dec_round together, quickly, when it
 * fits: v rounded to prec digits after the point (style 'f') or to
 * prec + 1 significant digits ('e'). Returns 0 when it does not fit
 * (more than 17 digits, zero, not finite); d is then undefined.
 */
int dec_fast(struct decimal *d, const struct fp_parts *v, char style,
	     int prec, enum fp_round mode);

#endif
