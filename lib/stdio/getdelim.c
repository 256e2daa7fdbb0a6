/*
 * getdelim: read up to and including delim into a malloc'd buffer that
 * grows as needed. Weak, so that a program may have its own.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "lib/stdio_impl.h"

/* Makes *linep hold need bytes: 0, or -1 with errno ENOMEM (or
 * EOVERFLOW past SSIZE_MAX). */
static int make_room(char **linep, size_t *sizep, size_t need)
{
	size_t size = *sizep;
	char *p;

	if (need <= size && *linep && size)
		return 0;
	if (need > (size_t)-1 / 2) {
		errno = EOVERFLOW;
		return -1;
	}
	if (size < 120)
		size = 120;
	while (size < need)
		size *= 2;
	p = realloc(*linep, size);
	if (!p)
		return -1;	/* realloc set ENOMEM */
	*linep = p;
	*sizep = size;
	return 0;
}

__attribute__((weak))
ssize_t getdelim(char **restrict linep, size_t *restrict sizep, int delim,
		 FILE *restrict f)
{
	size_t len = 0;

	if (!linep || !sizep || !f) {
		errno = EINVAL;
		return -1;
	}
	if (make_room(linep, sizep, 1) < 0)
		return -1;
	for (;;) {
		const unsigned char *end;
		size_t chunk;

		if (f->nback || f->rpos == f->rend) {
			int c = file_getc(f);

			if (c == EOF)
				break;
			if (make_room(linep, sizep, len + 2) < 0)
				return -1;
			(*linep)[len++] = (char)c;
			if (c == (unsigned char)delim)
				break;
			continue;
		}
		chunk = f->rend - f->rpos;
		end = memchr(f->buf + f->rpos, (unsigned char)delim, chunk);
		if (end)
			chunk = (size_t)(end - (f->buf + f->rpos)) + 1;
		if (make_room(linep, sizep, len + chunk + 1) < 0)
			return -1;
		memcpy(*linep + len, f->buf + f->rpos, chunk);
		f->rpos += chunk;
		len += chunk;
		if (end)
			break;
	}
	if (len == 0)
		return -1;
	(*linep)[len] = '\0';
	return (ssize_t)len;
}
