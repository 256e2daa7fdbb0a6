/* memset: fills memory with a byte, a word at a time where it can. */
#include <string.h>
#include "lib/string/word.h"

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	unsigned char b = (unsigned char)c;

	if (bh_bulk_fill(d, b, n))
		return dst;
	if (n >= 2 * BH_WSIZE) {
		bh_word w = BH_ONES * b;
		bh_word *dw;

		while (bh_misaligned(d)) {
			*d++ = b;
			n--;
		}
		dw = (bh_word *)d;
		for (; n >= 4 * BH_WSIZE; n -= 4 * BH_WSIZE) {
			dw[0] = w;
			dw[1] = w;
			dw[2] = w;
			dw[3] = w;
			dw += 4;
		}
		for (; n >= BH_WSIZE; n -= BH_WSIZE)
			*dw++ = w;
		d = (unsigned char *)dw;
	}
	while (n--)
		*d++ = b;
	return dst;
}
