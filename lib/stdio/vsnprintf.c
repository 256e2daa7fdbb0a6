/* vsnprintf, vsprintf: printf into a caller's buffer. */
#include <string.h>
#include "lib/stdio_impl.h"

struct string_sink {
	struct bh_sink base;
	char *pos;
	size_t room;		/* bytes that still fit, not counting the NUL */
};

static void string_write(struct bh_sink *k, const char *p, size_t n)
{
	struct string_sink *s = (struct string_sink *)k;
	size_t chunk = n < s->room ? n : s->room;

	memcpy(s->pos, p, chunk);
	s->pos += chunk;
	s->room -= chunk;
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt,
	      va_list ap)
{
	struct string_sink s;
	int r;

	s.base.write = string_write;
	s.pos = buf;
	s.room = size ? size - 1 : 0;
	r = bh_vformat(&s.base, fmt, ap);
	if (size)
		*s.pos = '\0';
	return r;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	return vsnprintf(buf, (size_t)-1, fmt, ap);
}
