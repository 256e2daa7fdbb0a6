/* memcpy: copies non-overlapping memory, a word at a time where it can. */
#include <string.h>
#include "word.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (n >= 2 * BH_WSIZE) {
		while (bh_misaligned(d)) {
			*d++ = *s++;
			n--;
		}
		if (!bh_misaligned(s)) {
			bh_word *dw = (bh_word *)d;
			const bh_word *sw = (const bh_word *)s;

			for (; n >= 4 * BH_WSIZE; n -= 4 * BH_WSIZE) {
				bh_word a = sw[0], b = sw[1], c = sw[2], e = sw[3];
				dw[0] = a;
				dw[1] = b;
				dw[2] = c;
				dw[3] = e;
				dw += 4;
				sw += 4;
			}
			for (; n >= BH_WSIZE; n -= BH_WSIZE)
				*dw++ = *sw++;
			d = (unsigned char *)dw;
			s = (const unsigned char *)sw;
		}
#if BH_UNALIGNED_OK
		else {
			bh_word *dw = (bh_word *)d;
			const bh_uword *sw = (const bh_uword *)s;

			for (; n >= 4 * BH_WSIZE; n -= 4 * BH_WSIZE) {
				bh_word a = sw[0], b = sw[1], c = sw[2], e = sw[3];
				dw[0] = a;
				dw[1] = b;
				dw[2] = c;
				dw[3] = e;
				dw += 4;
				sw += 4;
			}
			for (; n >= BH_WSIZE; n -= BH_WSIZE)
				*dw++ = *sw++;
			d = (unsigned char *)dw;
			s = (const unsigned char *)sw;
		}
#endif
	}
	while (n--)
		*d++ = *s++;
	return dst;
}
