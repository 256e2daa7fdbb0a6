/* fputc, putc, putchar and their _unlocked twins: write one byte. */
#include "lib/stdio_impl.h"

int fputc(int c, FILE *f)
{
	unsigned char b = (unsigned char)c;

	if (f->len < f->size && f->buf && !f->rend && !f->nback &&
	    (f->flags & (F_WRITE | F_USED)) == (F_WRITE | F_USED) &&
	    b != '\n') {
		f->buf[f->len++] = b;	/* the common case: room in the buffer */
		return b;
	}
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

int fputc_unlocked(int c, FILE *f)
{
	return fputc(c, f);
}

int putc_unlocked(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar_unlocked(int c)
{
	return fputc(c, stdout);
}
