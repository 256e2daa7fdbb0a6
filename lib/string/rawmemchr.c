/* rawmemchr: the first byte c from s on, which must be there. */
#define _GNU_SOURCE
#include <string.h>

void *rawmemchr(const void *s, int c)
{
	const unsigned char *p = s;

	while (*p != (unsigned char)c)
		p++;
	return (void *)p;
}
