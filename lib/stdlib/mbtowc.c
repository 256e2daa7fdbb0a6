/*
 * The multibyte functions of the C locale, whose characters are the ASCII
 * bytes: a byte of 128..255 is an invalid sequence (EILSEQ), as on glibc.
 */
#include <errno.h>
#include <stdlib.h>

int mbtowc(wchar_t *__restrict wc, const char *__restrict s, size_t n)
{
	unsigned char c;

	if (!s)
		return 0;	/* no shift states */
	if (n == 0)
		return -1;
	c = (unsigned char)*s;
	if (c >= 0x80) {
		errno = EILSEQ;
		return -1;
	}
	if (wc)
		*wc = c;
	return c != 0;
}

int mblen(const char *s, size_t n)
{
	return mbtowc(NULL, s, n);
}

int wctomb(char *s, wchar_t wc)
{
	if (!s)
		return 0;
	if ((unsigned long)wc >= 0x80) {
		errno = EILSEQ;
		return -1;
	}
	*s = (char)wc;
	return 1;
}
