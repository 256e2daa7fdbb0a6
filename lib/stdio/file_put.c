/* bh_file_put, bh_file_line_done: add bytes to a stream's buffer. */
#include <string.h>
#include "stdio_impl.h"

int bh_file_put(FILE *f, const void *p, size_t n)
{
	const unsigned char *s = p;

	if (!f->buf || (f->len == 0 && n >= f->size)) {
		/* Nothing to merge with, or too big to buffer: write it now. */
		if (n && bh_write_all(f->fd, s, n) < 0) {
			f->error = 1;
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
