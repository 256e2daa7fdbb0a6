/* Big-number decimal expansion for printf: see decimal.h. */
#include "decimal.h"

const uint32_t dec_pow10[10] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000
};

#define BASE 1000000000u

/* D = D * f + add, for f <= 2^32; grows D by a limb or two. */
static void mul_add(struct decimal *d, uint64_t f, uint32_t add)
{
	uint64_t carry = add;
	int i;

	for (i = 0; i < d->n; i++) {
		uint64_t t = d->limb[i] * f + carry;

		carry = t / BASE;
		d->limb[i] = (uint32_t)(t - carry * BASE);
	}
	while (carry) {
		d->limb[d->n++] = (uint32_t)(carry % BASE);
		carry /= BASE;
	}
}

void dec_init(struct decimal *d, fp_mant m, int e)
{
	int i;

	d->n = 0;
	d->k = 0;
	if (!m)
		return;
	while (!(m & 1)) {
		m >>= 1;
		e++;
	}
	for (i = (fp_mant_width(m) - 1) / 32 * 32; i >= 0; i -= 32)
		mul_add(d, 1ULL << 32, (uint32_t)(m >> i));
	if (e >= 0) {
		for (; e >= 29; e -= 29)
			mul_add(d, 1u << 29, 0);
		if (e)
			mul_add(d, 1u << e, 0);
		return;
	}
	d->k = -e;
	for (e = -e; e >= 13; e -= 13)
		mul_add(d, 1220703125u, 0);	/* 5^13 */
	if (e) {
		uint32_t f = 1;

		while (e--)
			f *= 5;
		mul_add(d, f, 0);
	}
}

static int limb_digits(uint32_t v)
{
	int n = 1;

	while (n < 9 && v >= dec_pow10[n])
		n++;
	return n;
}

int dec_top(const struct decimal *d)
{
	if (!d->n)
		return 0;
	return (d->n - 1) * 9 + limb_digits(d->limb[d->n - 1]) - 1 - d->k;
}

/* Digit q of D. */
static int digit_at(const struct decimal *d, int q)
{
	if (q < 0 || q / 9 >= d->n)
		return 0;
	return (int)(d->limb[q / 9] / dec_pow10[q % 9] % 10);
}

int dec_digit(const struct decimal *d, int w)
{
	return digit_at(d, w + d->k);
}

void dec_round(struct decimal *d, int w, enum fp_round mode, int neg)
{
	int q = w + d->k;	/* the first digit of D that stays */
	int li = q / 9, i, first, rest = 0, up;

	if (q <= 0 || !d->n)
		return;
	first = digit_at(d, q - 1);
	if ((q - 1) / 9 < d->n)
		rest = d->limb[(q - 1) / 9] % dec_pow10[(q - 1) % 9] != 0;
	for (i = 0; i < (q - 1) / 9 && i < d->n && !rest; i++)
		rest = d->limb[i] != 0;
	up = fp_round_up(mode, neg, first != 5 ? first - 5 : rest,
			 first || rest, digit_at(d, q) & 1);

	for (i = 0; i < li && i < d->n; i++)
		d->limb[i] = 0;
	if (li < d->n)
		d->limb[li] -= d->limb[li] % dec_pow10[q % 9];
	if (up) {
		uint32_t add = dec_pow10[q % 9];

		while (d->n <= li)
			d->limb[d->n++] = 0;
		for (i = li; add; i++) {
			if (i == d->n)
				d->limb[d->n++] = 0;
			d->limb[i] += add;
			add = d->limb[i] >= BASE;
			if (add)
				d->limb[i] -= BASE;
		}
	}
	while (d->n && !d->limb[d->n - 1])
		d->n--;
}
