/* memchr: finds the first occurrence of a byte in a block of memory. */
#include <string.h>

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	unsigned char b = (unsigned char)c;

	for (; n; p++, n--)
		if (*p == b)
			return (void *)p;
	return NULL;
}
