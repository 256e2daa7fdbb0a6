/* fgets: read a line, or size - 1 bytes of it, into s. */
#include <errno.h>
#include <string.h>
#include "lib/stdio_impl.h"

char *fgets(char *restrict s, int size, FILE *restrict f)
{
	char *d = s;
	size_t room;
	int old_error = f->flags & F_ERR;

	if (size <= 0)
		return NULL;
	f->flags &= ~F_ERR;
	room = (size_t)size - 1;
	while (room) {
		const unsigned char *nl;
		size_t chunk;
		int c;

		if (f->nback || f->rpos == f->rend) {
			c = file_getc(f);
			if (c == EOF)
				break;
			*d++ = (char)c;
			room--;
			if (c == '\n')
				break;
			continue;
		}
		chunk = f->rend - f->rpos;
		if (chunk > room)
			chunk = room;
		nl = memchr(f->buf + f->rpos, '\n', chunk);
		if (nl)
			chunk = (size_t)(nl - (f->buf + f->rpos)) + 1;
		memcpy(d, f->buf + f->rpos, chunk);
		f->rpos += chunk;
		d += chunk;
		room -= chunk;
		if (nl)
			break;
	}
	/* Nothing read, or a read error in this call: NULL, as C says. */
	if ((d == s && size > 1) || (f->flags & F_ERR && errno != EAGAIN)) {
		f->flags |= old_error;
		return NULL;
	}
	f->flags |= old_error;
	*d = '\0';
	return s;
}
