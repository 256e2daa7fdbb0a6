/* ungetc: push a byte back onto a stream (UNGET_MAX of them at most). */
#include "lib/stdio_impl.h"

int ungetc(int c, FILE *f)
{
	if (c == EOF || f->nback == UNGET_MAX)
		return EOF;
	if (f->len && bh_file_flush(f) < 0)
		return EOF;
	f->back[f->nback++] = (unsigned char)c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}
