/* memmove: copies memory that may overlap, forwards or backwards as needed. */
#include <string.h>
#include "lib/string/word.h"

#if BH_UNALIGNED_OK
/* Safe when dst is above src, n > BH_SMALL_MAX: the mirror of bh_copy_up,
 * from the end down to an aligned end of dst, the two end words loaded
 * first and stored last (they cover the bytes the word loops leave at
 * either end). */
static void copy_down(unsigned char *d, const unsigned char *s, size_t n)
{
	bh_word head = *(const bh_uword *)s;
	bh_word tail = *(const bh_uword *)(s + n - BH_WSIZE);
	unsigned char *last = d + n - BH_WSIZE;
	size_t k = (uintptr_t)(d + n) & BH_WMASK;	/* bytes past dst's last word */
	bh_word *dw = (bh_word *)(d + n - k);
	const bh_uword *sw = (const bh_uword *)(s + n - k);

	for (n -= k; n >= 4 * BH_WSIZE + BH_WSIZE; n -= 4 * BH_WSIZE) {
		dw -= 4;
		sw -= 4;
		bh_copy4(dw, sw);
	}
	for (; n > BH_WSIZE; n -= BH_WSIZE)
		*--dw = *--sw;
	*(bh_uword *)last = tail;
	*(bh_uword *)d = head;
}
#else
/* Safe when dst is above src; works from the end down, loading each group
 * of words before storing any. */
static void copy_down(unsigned char *d, const unsigned char *s, size_t n)
{
	d += n;
	s += n;
	if (n >= 2 * BH_WSIZE) {
		while (bh_misaligned(d)) {
			*--d = *--s;
			n--;
		}
		if (!bh_misaligned(s)) {
			bh_word *dw = (bh_word *)d;
			const bh_uword *sw = (const bh_uword *)s;

			for (; n >= 4 * BH_WSIZE; n -= 4 * BH_WSIZE) {
				dw -= 4;
				sw -= 4;
				bh_copy4(dw, sw);
			}
			for (; n >= BH_WSIZE; n -= BH_WSIZE)
				*--dw = *--sw;
			d = (unsigned char *)dw;
			s = (const unsigned char *)sw;
		}
	}
	while (n--)
		*--d = *--s;
}
#endif

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d == s || n == 0)
		return dst;
#if BH_UNALIGNED_OK
	if (n <= BH_SMALL_MAX) {
		bh_copy_small(d, s, n);
		return dst;
	}
#endif
	/* Unsigned distance: wraps to a huge value when d is below s. */
	if ((uintptr_t)d - (uintptr_t)s >= n)
		bh_copy_up(d, s, n);
	else
		copy_down(d, s, n);
	return dst;
}
