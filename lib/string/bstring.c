/* bcmp, bcopy, bzero: the BSD names of memcmp, memmove, memset. */
#include <string.h>
#include <strings.h>

int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n);
}

void bcopy(const void *src, void *dst, size_t n)
{
	memmove(dst, src, n);
}

void bzero(void *s, size_t n)
{
	memset(s, 0, n);
}
