/* vfprintf: printf to a stream (buffered streams format straight into their buffer). */
#include <string.h>
#include "lib/stdio_impl.h"

struct file_sink {
	struct bh_sink base;
	FILE *f;
	int newline;		/* a '\n' went out: flush a line-buffered f at the end */
	int error;
};

static void file_write(struct bh_sink *k, const char *p, size_t n)
{
	struct file_sink *s = (struct file_sink *)k;

	if (bh_file_put(s->f, p, n) < 0)
		s->error = 1;
	if (!s->newline && memchr(p, '\n', n))
		s->newline = 1;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct file_sink s;
	int r;

	if (!f->buf)
		return bh_vprint_stacked(f, f->fd, fmt, ap);
	s.base.write = file_write;
	s.f = f;
	s.newline = 0;
	s.error = 0;
	r = bh_vformat(&s.base, fmt, ap);
	if (s.newline && f->mode == BH_LINEBUFFERED && bh_file_flush(f) < 0)
		s.error = 1;
	return s.error ? -1 : r;
}
