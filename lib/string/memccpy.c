/* memccpy: copies up to and including the first byte c, at most n bytes;
 * returns the byte after that c in dst, or NULL when c did not occur. */
#include <string.h>

void *memccpy(void *__restrict dst, const void *__restrict src, int c,
	      size_t n)
{
	const unsigned char *hit = memchr(src, c, n);

	if (hit) {
		size_t len = (size_t)(hit - (const unsigned char *)src) + 1;

		return (char *)memcpy(dst, src, len) + len;
	}
	memcpy(dst, src, n);
	return NULL;
}
