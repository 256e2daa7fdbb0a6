/* memchr: finds the first occurrence of a byte in a block of memory. */
#include <string.h>
#include "lib/string/word.h"

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	unsigned char b = (unsigned char)c;

	for (; n && bh_misaligned(p); p++, n--)
		if (*p == b)
			return (void *)p;
	if (n >= BH_WSIZE) {
		/* whole aligned words inside the block, up to one holding b */
		bh_word rep = BH_ONES * b;
		const bh_word *w = (const bh_word *)p;

		for (; n >= BH_WSIZE && !BH_HAS_ZERO(*w ^ rep); w++)
			n -= BH_WSIZE;
		p = (const unsigned char *)w;
	}
	for (; n; p++, n--)
		if (*p == b)
			return (void *)p;
	return NULL;
}
