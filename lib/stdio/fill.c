/* file_fill, file_to_read, file_read_raw, file_getc_slow: the input side of a stream. */
#include <errno.h>
#include <stdlib.h>
#include "lib/stdio_impl.h"

int file_to_read(FILE *f)
{
	if (!(f->flags & F_READ)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->flags & F_EOF)
		return 0;	/* sticky until clearerr, fseek or ungetc */
	if (f->mode == BH_AUTOBUFFERED)
		file_decide_mode(f);
	f->flags |= F_USED;
	if (f->len && bh_file_flush(f) < 0)
		return EOF;
	/* Asking for input from a terminal-like stream shows the prompt. */
	if (f->mode != BH_FULLYBUFFERED && f != stdout &&
	    stdout->mode == BH_LINEBUFFERED && stdout->len)
		bh_file_flush(stdout);
	if (!f->buf && f->mode != BH_UNBUFFERED) {
		f->buf = malloc(BUFSIZ);
		if (f->buf) {
			f->size = BUFSIZ;
			f->flags |= F_FREEBUF;
		} else {
			f->mode = BH_UNBUFFERED;
		}
	}
	return 1;
}

ssize_t file_read_raw(FILE *f, void *p, size_t n)
{
	ssize_t r = f->read(f, p, n);

	if (r == 0)
		f->flags |= F_EOF;
	else if (r < 0)
		f->flags |= F_ERR;
	return r;
}

int file_fill(FILE *f)
{
	ssize_t r;

	if (f->rpos < f->rend || f->nback)
		return 1;
	r = file_to_read(f);
	if (r <= 0)
		return r;
	f->rpos = f->rend = 0;
	if (!f->buf) {
		/* Unbuffered: one byte at a time, kept where ungetc keeps its. */
		r = file_read_raw(f, f->back, 1);
		if (r > 0)
			f->nback = 1;
	} else {
		r = file_read_raw(f, f->buf, f->size);
		if (r > 0)
			f->rend = (size_t)r;
	}
	return r > 0 ? 1 : r < 0 ? EOF : 0;
}

int file_getc_slow(FILE *f)
{
	if (file_fill(f) <= 0)
		return EOF;
	return file_getc(f);
}
