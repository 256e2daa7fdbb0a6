/* memmem: finds the first occurrence of one byte string in another. */
#define _GNU_SOURCE
#include <string.h>

void *memmem(const void *haystack, size_t hlen, const void *needle,
	     size_t nlen)
{
	const unsigned char *h = haystack, *last;
	const unsigned char *n = needle;

	if (nlen == 0)
		return (void *)h;
	if (hlen < nlen)
		return NULL;
	last = h + (hlen - nlen);
	for (; h <= last; h++) {
		h = memchr(h, n[0], (size_t)(last - h) + 1);
		if (!h)
			return NULL;
		if (memcmp(h + 1, n + 1, nlen - 1) == 0)
			return (void *)h;
	}
	return NULL;
}
