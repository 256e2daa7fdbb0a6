/* fread: read an array of elements from a stream. */
#include <string.h>
#include "lib/stdio_impl.h"

/* Copies what back[] and the buffer hold: the bytes taken. */
static size_t take_buffered(FILE *f, unsigned char *d, size_t want)
{
	size_t got = 0, chunk;

	while (got < want && f->nback)
		d[got++] = f->back[--f->nback];
	chunk = f->rend - f->rpos;
	if (chunk > want - got)
		chunk = want - got;
	memcpy(d + got, f->buf + f->rpos, chunk);
	f->rpos += chunk;
	return got + chunk;
}

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	unsigned char *d = p;
	size_t total, got = 0;

	if (__builtin_mul_overflow(size, n, &total) || total == 0)
		return 0;
	while (got < total) {
		ssize_t r;

		got += take_buffered(f, d + got, total - got);
		if (got == total)
			break;
		r = file_to_read(f);
		if (r <= 0)
			break;
		if (!f->buf || total - got >= f->size) {
			/* Big reads go straight to the caller's memory. */
			r = file_read_raw(f, d + got, total - got);
			if (r <= 0)
				break;
			got += (size_t)r;
		} else if (file_fill(f) <= 0) {
			break;
		}
	}
	return got / size;
}

size_t fread_unlocked(void *restrict p, size_t size, size_t n,
		      FILE *restrict f)
{
	return fread(p, size, n, f);
}
