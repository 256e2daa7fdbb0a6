/* memcmp: compares memory as unsigned bytes, skipping equal words quickly. */
#include <string.h>
#include "lib/string/word.h"

#if BH_UNALIGNED_OK
/* The difference of the first bytes where the words x and y, loaded from
 * p and q, differ (x != y). */
static int word_diff(const unsigned char *p, const unsigned char *q,
		     bh_word x, bh_word y)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* the lowest differing bit lies in the first differing byte */
	unsigned i = (unsigned)__builtin_ctzl(x ^ y) / 8;
#else
	unsigned i = 0;

	(void)x, (void)y;
	while (p[i] == q[i])
		i++;
#endif
	return p[i] - q[i];
}

/* Words from any address: the last word is the one that ends at the end
 * (it may go over bytes already found equal), so no byte is read past
 * either block. */
#if defined(__x86_64__) && defined(__SSE2__)
/* SSE2, which every x86_64 has: 16 bytes a compare. */
typedef char v16 __attribute__((__vector_size__(16)));
typedef char uv16 __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));

/* A mask of the bytes where the 16 at p and at q differ (bit i: byte i). */
static inline unsigned diff16(const unsigned char *p, const unsigned char *q)
{
	v16 eq = (v16)(*(const uv16 *)p == *(const uv16 *)q);

	return (unsigned)__builtin_ia32_pmovmskb128(eq) ^ 0xffffu;
}

static int cmp16(const unsigned char *p, const unsigned char *q, size_t n)
{
	unsigned m, i;

	/* 64 bytes a step while they are equal; the loop of 16 below then
	 * finds the difference */
	for (; n > 64; p += 64, q += 64, n -= 64)
		if (diff16(p, q) | diff16(p + 16, q + 16) |
		    diff16(p + 32, q + 32) | diff16(p + 48, q + 48))
			break;
	for (; n > 16; p += 16, q += 16, n -= 16)
		if ((m = diff16(p, q)) != 0)
			goto differ;
	p -= 16 - n;	/* the last 16 bytes, as with words below */
	q -= 16 - n;
	if ((m = diff16(p, q)) == 0)
		return 0;
differ:
	i = (unsigned)__builtin_ctz(m);
	return p[i] - q[i];
}
#endif

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;
	bh_word x, y;

#if defined(__x86_64__) && defined(__SSE2__)
	if (n >= 16)
		return cmp16(p, q, n);
#endif
	if (n >= BH_WSIZE) {
		for (; n > BH_WSIZE; p += BH_WSIZE, q += BH_WSIZE, n -= BH_WSIZE) {
			x = *(const bh_uword *)p;
			y = *(const bh_uword *)q;
			if (x != y)
				return word_diff(p, q, x, y);
		}
		p -= BH_WSIZE - n;
		q -= BH_WSIZE - n;
		x = *(const bh_uword *)p;
		y = *(const bh_uword *)q;
		return x == y ? 0 : word_diff(p, q, x, y);
	}
	if (BH_WSIZE > 4 && n >= 4) {	/* two words of 4 bytes, as above */
		uint32_t u = *(const bh_u32 *)p, v = *(const bh_u32 *)q;

		if (u != v)
			return word_diff(p, q, u, v);
		p += n - 4;
		q += n - 4;
		u = *(const bh_u32 *)p;
		v = *(const bh_u32 *)q;
		return u == v ? 0 : word_diff(p, q, u, v);
	}
	for (; n; p++, q++, n--)
		if (*p != *q)
			return *p - *q;
	return 0;
}
#else
/* Aligned words where both blocks share their alignment, bytes elsewhere. */
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	if (n >= 2 * BH_WSIZE &&
	    (((uintptr_t)p ^ (uintptr_t)q) & BH_WMASK) == 0) {
		for (; bh_misaligned(p); p++, q++, n--)
			if (*p != *q)
				return *p - *q;
		while (n >= BH_WSIZE &&
		       *(const bh_word *)p == *(const bh_word *)q) {
			p += BH_WSIZE;
			q += BH_WSIZE;
			n -= BH_WSIZE;
		}
	}
	for (; n; p++, q++, n--)
		if (*p != *q)
			return *p - *q;
	return 0;
}
#endif
