/* mbstowcs, wcstombs: whole strings between the C locale's bytes and wide
 * characters; (size_t)-1 with EILSEQ at a byte or character past ASCII. */
#include <errno.h>
#include <stdlib.h>

size_t mbstowcs(wchar_t *__restrict dst, const char *__restrict src, size_t n)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i;

	for (i = 0; !dst || i < n; i++) {
		if (s[i] >= 0x80) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (dst)
			dst[i] = s[i];
		if (!s[i])
			break;
	}
	return i;
}

size_t wcstombs(char *__restrict dst, const wchar_t *__restrict src, size_t n)
{
	size_t i;

	for (i = 0; !dst || i < n; i++) {
		if ((unsigned long)src[i] >= 0x80) {
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (dst)
			dst[i] = (char)src[i];
		if (!src[i])
			break;
	}
	return i;
}
