/* memcmp: compares memory as unsigned bytes, skipping equal words quickly. */
#include <string.h>
#include "lib/string/word.h"

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
