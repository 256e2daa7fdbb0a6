/* bh_vprint_stacked: printf through a stack buffer, so one call is one write() where it fits. */
#include <string.h>
#include "lib/stdio_impl.h"

struct stack_sink {
	struct bh_sink base;
	FILE *f;		/* NULL: write to fd */
	int fd;
	int error;
	size_t len;
	char buf[1024];
};

static void out(struct stack_sink *s, const char *p, size_t n)
{
	if (s->f ? bh_file_put(s->f, p, n) < 0 : bh_write_all(s->fd, p, n) < 0)
		s->error = 1;
}

static void drain(struct stack_sink *s)
{
	if (s->len) {
		out(s, s->buf, s->len);
		s->len = 0;
	}
}

static void stack_write(struct bh_sink *k, const char *p, size_t n)
{
	struct stack_sink *s = (struct stack_sink *)k;

	while (n) {
		size_t chunk;

		if (s->len == 0 && n >= sizeof s->buf) {
			out(s, p, n);	/* too big to gather: send as it is */
			return;
		}
		chunk = sizeof s->buf - s->len;
		if (chunk > n)
			chunk = n;
		memcpy(s->buf + s->len, p, chunk);
		s->len += chunk;
		p += chunk;
		n -= chunk;
		if (s->len == sizeof s->buf)
			drain(s);
	}
}

int bh_vprint_stacked(FILE *f, int fd, const char *fmt, va_list ap)
{
	struct stack_sink s;
	int r;

	s.base.write = stack_write;
	s.f = f;
	s.fd = fd;
	s.error = 0;
	s.len = 0;
	r = bh_vformat(&s.base, fmt, ap);
	drain(&s);
	return s.error ? -1 : r;
}
