/* fclose: write out a stream, close its backend, free it. */
#include <errno.h>
#include <stdlib.h>
#include "lib/stdio_impl.h"

/* The stream half of fclose, which freopen shares (stdio_impl.h). */
int file_close(FILE *f)
{
	int r = 0;

	if (f->len && bh_file_flush(f) < 0)
		r = EOF;
	if (file_unread(f)) {
		int saved = errno;

		f->seek(f, -file_unread(f), SEEK_CUR);	/* a pipe cannot */
		errno = saved;
	}
	if (f->close && f->close(f) < 0)
		r = EOF;
	file_unlink(f);
	if (f->flags & F_FREEBUF)
		free(f->buf);
	f->buf = NULL;
	f->size = f->len = f->rpos = f->rend = 0;
	f->nback = 0;
	f->flags &= F_FREE;
	f->fd = -1;
	return r;
}

int fclose(FILE *f)
{
	int r = file_close(f);

	if (f->flags & F_FREE)
		free(f);
	return r;
}
