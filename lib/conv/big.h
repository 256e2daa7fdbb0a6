/*
 * Unsigned big integers in 32-bit words, little-endian, for the exact
 * arithmetic of strtod and printf. The caller owns the words and makes
 * room: an operation may write one word past the result's new length.
 */
#ifndef LIB_CONV_BIG_H
#define LIB_CONV_BIG_H

#include <stdint.h>
#include "mant.h"

struct big {
	int n;			/* words in use; the top one is nonzero */
	uint32_t *w;
};

/* b = b * f + add. */
void big_mul_add(struct big *b, uint32_t f, uint32_t add);

/* b = b * 5^e. */
void big_mul_pow5(struct big *b, int e);

/* b = v. */
void big_set(struct big *b, fp_mant v);

/* The number of significant bits (0 for zero). */
int big_bits(const struct big *b);

/* Bit i (0 beyond either end). */
int big_bit(const struct big *b, int i);

/* Bits i .. i + FP_MANT_BITS - 1 as a number (i >= 0). */
fp_mant big_get_mant(const struct big *b, int i);

/* True when any bit below bit i is set. */
int big_low_bits(const struct big *b, int i);

/* b = b << s. */
void big_shl(struct big *b, int s);

/* -1, 0, 1 as a < b, a == b, a > b. */
int big_cmp(const struct big *a, const struct big *b);

/* a = a - b, for a >= b. */
void big_sub(struct big *a, const struct big *b);

/*
 * q = n / d for d nonzero; n is left holding the remainder shifted left
 * as d was (both are scaled on the way), so it is zero exactly when the
 * division was. q needs n->n - d->n + 1 words, n two more than it has.
 */
void big_divmod(struct big *n, struct big *d, struct big *q);

#endif
