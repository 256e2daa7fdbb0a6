/* Big-integer arithmetic for lib/conv/: see big.h. */
#include "big.h"

static void trim(struct big *b)
{
	while (b->n && !b->w[b->n - 1])
		b->n--;
}

void big_mul_add(struct big *b, uint32_t f, uint32_t add)
{
	uint64_t carry = add;
	int i;

	for (i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->w[i] * f + carry;

		b->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		b->w[b->n++] = (uint32_t)carry;
}

void big_mul_pow5(struct big *b, int e)
{
	uint32_t f = 1;

	for (; e >= 13; e -= 13)
		big_mul_add(b, 1220703125u, 0);		/* 5^13 */
	while (e--)
		f *= 5;
	if (f > 1)
		big_mul_add(b, f, 0);
}

void big_set(struct big *b, fp_mant v)
{
	b->n = 0;
	for (; v; v >>= 32)
		b->w[b->n++] = (uint32_t)v;
}

int big_bits(const struct big *b)
{
	if (!b->n)
		return 0;
	return 32 * b->n - __builtin_clz(b->w[b->n - 1]);
}

int big_bit(const struct big *b, int i)
{
	return i >= 0 && i / 32 < b->n ? (int)(b->w[i / 32] >> (i % 32) & 1) : 0;
}

static uint32_t word(const struct big *b, int k)
{
	return k < b->n ? b->w[k] : 0;
}

fp_mant big_get_mant(const struct big *b, int i)
{
	int k = i / 32, s = i % 32, j;
	fp_mant r = 0;

	for (j = FP_MANT_BITS / 32 - 1; j >= 0; j--) {
		uint64_t pair = word(b, k + j) |
				(uint64_t)word(b, k + j + 1) << 32;

		r = r << 32 | (uint32_t)(pair >> s);
	}
	return r;
}

int big_low_bits(const struct big *b, int i)
{
	int k;

	if (i <= 0)
		return 0;
	for (k = 0; k < i / 32 && k < b->n; k++)
		if (b->w[k])
			return 1;
	return k < b->n && i % 32 && (b->w[k] & ((1u << (i % 32)) - 1));
}

void big_shl(struct big *b, int s)
{
	int words = s / 32, bits = s % 32, i;

	if (!b->n || s <= 0)
		return;
	b->w[b->n + words] = 0;
	for (i = b->n - 1; i >= 0; i--) {
		uint32_t v = b->w[i];

		if (bits) {
			b->w[i + words + 1] |= v >> (32 - bits);
			v <<= bits;
		}
		b->w[i + words] = v;
	}
	for (i = 0; i < words; i++)
		b->w[i] = 0;
	b->n += words + 1;
	trim(b);
}

int big_cmp(const struct big *a, const struct big *b)
{
	int i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--)
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

void big_sub(struct big *a, const struct big *b)
{
	uint64_t borrow = 0;
	int i;

	for (i = 0; i < a->n; i++) {
		uint64_t t = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;

		a->w[i] = (uint32_t)t;
		borrow = t >> 63;
	}
	trim(a);
}

/* Division by one word. */
static void divmod_word(struct big *n, uint32_t d, struct big *q)
{
	uint64_t rem = 0;
	int i;

	q->n = n->n;
	for (i = n->n - 1; i >= 0; i--) {
		uint64_t cur = rem << 32 | n->w[i];

		q->w[i] = (uint32_t)(cur / d);
		rem = cur % d;
	}
	trim(q);
	big_set(n, rem);
}

/*
 * Schoolbook long division (Knuth's algorithm D): with the divisor's top
 * bit set, each quotient word estimated from the top two words of the
 * remainder is at most two too big; the estimate is corrected against
 * the divisor's second word, and a rare final excess is added back.
 */
void big_divmod(struct big *n, struct big *d, struct big *q)
{
	int shift, len, j, i;
	uint32_t dh, dl;

	if (big_cmp(n, d) < 0) {
		q->n = 0;
		return;
	}
	if (d->n == 1) {
		divmod_word(n, d->w[0], q);
		return;
	}
	shift = __builtin_clz(d->w[d->n - 1]);
	big_shl(d, shift);
	big_shl(n, shift);
	len = d->n;
	dh = d->w[len - 1];
	dl = d->w[len - 2];
	n->w[n->n] = 0;
	q->n = n->n - len + 1;
	for (j = n->n - len; j >= 0; j--) {
		uint64_t top = (uint64_t)n->w[j + len] << 32 | n->w[j + len - 1];
		uint64_t qhat = top / dh, rhat = top % dh;
		int64_t t, k = 0;

		while (qhat >> 32 ||
		       qhat * dl > (rhat << 32 | n->w[j + len - 2])) {
			qhat--;
			rhat += dh;
			if (rhat >> 32)
				break;
		}
		for (i = 0; i < len; i++) {
			uint64_t p = qhat * d->w[i];

			t = (int64_t)n->w[i + j] - k - (int64_t)(p & 0xffffffffu);
			n->w[i + j] = (uint32_t)t;
			k = (int64_t)(p >> 32) - (t >> 32);
		}
		t = (int64_t)n->w[j + len] - k;
		n->w[j + len] = (uint32_t)t;
		if (t < 0) {
			uint64_t c = 0;

			qhat--;
			for (i = 0; i < len; i++) {
				uint64_t s = (uint64_t)n->w[i + j] + d->w[i] + c;

				n->w[i + j] = (uint32_t)s;
				c = s >> 32;
			}
			n->w[j + len] += (uint32_t)c;
		}
		q->w[j] = (uint32_t)qhat;
	}
	trim(q);
	n->n = len + 1;
	trim(n);
}
