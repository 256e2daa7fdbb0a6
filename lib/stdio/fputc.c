/* fputc, putc, putchar: write one character to a stream. */
#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	unsigned char b = (unsigned char)c;

	if (bh_file_put(f, &b, 1) < 0 || bh_file_line_done(f, &b, 1) < 0)
		return EOF;
	return b;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}
