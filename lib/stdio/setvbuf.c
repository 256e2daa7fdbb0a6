/* setvbuf, setbuf, setbuffer, setlinebuf: choose a stream's buffering. */
#include <errno.h>
#include <stdlib.h>
#include "lib/stdio_impl.h"

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return EOF;
	}
	/* Meant to come first; anything buffered already goes out first. */
	if (fflush(f) < 0)
		return EOF;
	if (mode == _IONBF) {
		buf = NULL;
		size = 0;
	} else if (!buf) {
		/* Keep the buffer there is; make one where there is none. */
		if (f->buf) {
			buf = (char *)f->buf;
			size = f->size;
		} else {
			size = size ? size : BUFSIZ;
			buf = malloc(size);
			if (!buf)
				return EOF;
			f->buf = (unsigned char *)buf;
			f->flags |= F_FREEBUF;
		}
	} else if (size == 0) {
		errno = EINVAL;
		return EOF;
	}
	if ((unsigned char *)buf != f->buf) {
		if (f->flags & F_FREEBUF)
			free(f->buf);
		f->flags &= ~F_FREEBUF;
	}
	f->buf = (unsigned char *)buf;
	f->size = size;
	f->rpos = f->rend = 0;
	f->mode = mode == _IONBF ? BH_UNBUFFERED :
		  mode == _IOLBF ? BH_LINEBUFFERED : BH_FULLYBUFFERED;
	return 0;
}

void setbuf(FILE *restrict f, char *restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

void setbuffer(FILE *restrict f, char *restrict buf, size_t size)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, size);
}

void setlinebuf(FILE *f)
{
	setvbuf(f, NULL, _IOLBF, 0);
}
