/* bh_file_put, bh_file_line_done, file_to_write: the output side of a stream. */
#include <errno.h>
#include <string.h>
#include "lib/stdio_impl.h"

int file_to_write(FILE *f)
{
	off_t unread;

	if (!(f->flags & F_WRITE)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->mode == BH_AUTOBUFFERED)
		file_decide_mode(f);
	f->flags |= F_USED;
	unread = file_unread(f);
	if (unread)	/* where the reader was is where writing goes on */
		f->seek(f, -unread, SEEK_CUR);
	f->rpos = f->rend = 0;
	f->nback = 0;
	return 0;
}

int bh_file_put(FILE *f, const void *p, size_t n)
{
	const unsigned char *s = p;

	if ((f->flags & (F_WRITE | F_USED)) != (F_WRITE | F_USED) || f->rend ||
	    f->nback) {
		if (file_to_write(f) < 0)
			return EOF;
	}
	if (!f->buf || (f->len == 0 && n >= f->size)) {
		/* Nothing to merge with, or too big to buffer: write it now. */
		if (n && f->write(f, s, n) < 0) {
			f->flags |= F_ERR;
			return EOF;
		}
		return 0;
	}
	while (n) {
		size_t room = f->size - f->len;
		size_t chunk = n < room ? n : room;

		memcpy(f->buf + f->len, s, chunk);
		f->len += chunk;
		s += chunk;
		n -= chunk;
		if (f->len == f->size && bh_file_flush(f) < 0)
			return EOF;
	}
	return 0;
}

int bh_file_line_done(FILE *f, const void *p, size_t n)
{
	if (f->mode == BH_LINEBUFFERED && f->len && memchr(p, '\n', n))
		return bh_file_flush(f);
	return 0;
}
