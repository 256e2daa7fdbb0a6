/*
 * dec_fast: the exact decimal rounding of printf for the common case of
 * at most 17 significant digits. Instead of every digit of the value it
 * computes I = floor(v * 10^t) for the t that leaves one digit beyond the
 * rounding place, with binary big integers: m * 5^t shifted for small
 * values, a long division of m * 2^(e+t) by 5^-t for large ones; the
 * division's remainder or the shifted-out bits say whether anything
 * follows. One rounding of I then gives the same digits as rounding the
 * full expansion.
 */
#include <float.h>
#include "big.h"
#include "decimal.h"

/* Words of the big integers, for double and for long double (x87 or
 * binary128). */
#define FAST_WORDS_DOUBLE	44
#if LDBL_MAX_EXP > DBL_MAX_EXP
#define FAST_WORDS_LONG		384
#else
#define FAST_WORDS_LONG		FAST_WORDS_DOUBLE
#endif

/* floor(x * log10(2)) for |x| < 2^20, as 78913 / 2^18 is log10(2) to 7
 * digits: within one of the decimal exponent of 2^x. */
static int log10_pow2(int x)
{
	return (int)(((long long)x * 78913) >> 18);
}

/*
 * I = floor(m * 2^e * 10^t), and whether that dropped anything. Returns
 * 0 when the numbers would not fit the words here.
 */
static int scaled(fp_mant m, int e, int t, int words,
		  unsigned long long *out, int *inexact)
{
	uint32_t wa[words + 2], wb[words + 2], wq[words + 2];
	struct big a = { 0, wa }, b = { 0, wb }, q = { 0, wq };
	int shift = e + t, i, room = 32 * (words - 4);
	unsigned long long r = 0;

	big_set(&a, m);
	if (t >= 0) {
		if (FP_MANT_BITS + 7 * t / 3 + 1 > room)
			return 0;
		big_mul_pow5(&a, t);
		if (shift >= 0) {
			if (big_bits(&a) + shift > 64)
				return 0;
			big_shl(&a, shift);
			for (i = a.n - 1; i >= 0; i--)
				r = r << 32 | a.w[i];
			*out = r;
			*inexact = 0;
			return 1;
		}
		*out = (unsigned long long)big_get_mant(&a, -shift);
		*inexact = big_low_bits(&a, -shift);
		return big_bits(&a) + shift <= 64;
	}
	/* 10^t = 2^t / 5^-t */
	if (FP_MANT_BITS + (shift > 0 ? shift : 0) > room ||
	    1 + 7 * -t / 3 + (shift < 0 ? -shift : 0) > room)
		return 0;
	big_shl(&a, shift);
	big_set(&b, 1);
	big_mul_pow5(&b, -t);
	big_shl(&b, -shift);
	big_divmod(&a, &b, &q);
	if (q.n > 2)
		return 0;
	for (i = q.n - 1; i >= 0; i--)
		r = r << 32 | q.w[i];
	*out = r;
	*inexact = a.n != 0;
	return 1;
}

static const unsigned long long pow10_64[20] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL,
	10000000000000000000ULL
};

int dec_fast(struct decimal *d, const struct fp_parts *v, char style,
	     int prec, enum fp_round mode)
{
	fp_mant m = v->m;
	unsigned long long big;
	int bits, x0, w, tries, sticky, guard;

	if (v->kind != FP_KIND_FINITE || prec > 16)
		return 0;
	bits = fp_mant_width(m);
	x0 = log10_pow2(v->e + bits - 1);	/* the exponent, or one below */
	for (tries = 0; tries < 3; tries++) {
		w = style == 'f' ? -prec : x0 - prec;
		/* digits of floor(v * 10^(1-w)): at most x0 + 2 - w + 1 */
		if (x0 + 3 - w > 19 ||
		    !scaled(m, v->e, 1 - w, v->hex_frac > 13 ? FAST_WORDS_LONG
							     : FAST_WORDS_DOUBLE,
			    &big, &sticky))
			return 0;
		if (style == 'f')
			break;
		if (big < pow10_64[prec + 1]) {		/* x0 was too high */
			x0--;
			continue;
		}
		if (big >= pow10_64[prec + 2]) {	/* x0 was too low */
			x0++;
			continue;
		}
		break;
	}
	if (tries == 3)
		return 0;
	guard = (int)(big % 10);
	big /= 10;
	big += (unsigned long long)fp_round_up(mode, v->neg,
		guard != 5 ? guard - 5 : sticky, guard || sticky,
		(int)(big & 1));

	d->n = 0;
	d->k = -w;
	for (; big; big /= 1000000000u)
		d->limb[d->n++] = (uint32_t)(big % 1000000000u);
	return 1;
}
