/* bcmp, bcopy, bzero: the BSD names of memcmp, memmove, memset.
 * Weak: programs often carry their own copies. */
#include <string.h>
#include <strings.h>

__attribute__((weak))
int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n);
}

__attribute__((weak))
void bcopy(const void *src, void *dst, size_t n)
{
	memmove(dst, src, n);
}

__attribute__((weak))
void bzero(void *s, size_t n)
{
	memset(s, 0, n);
}
