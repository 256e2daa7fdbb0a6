/* strcoll, strxfrm: the C locale collates by byte value. */
#include <string.h>

int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

size_t strxfrm(char *__restrict dst, const char *__restrict src, size_t n)
{
	size_t len = strlen(src);

	/* The whole of it when it fits; else the first n bytes, as glibc. */
	memcpy(dst, src, len < n ? len + 1 : n);
	return len;
}
