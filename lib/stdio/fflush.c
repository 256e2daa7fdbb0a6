/* fflush, stdio_flush_all: write out buffered output. */
#include <errno.h>
#include "kernel/runtime.h"
#include "lib/stdio_impl.h"

int bh_file_flush(FILE *f)
{
	size_t n = f->len;

	if (!n)
		return 0;
	/* Dropped even on failure, so a broken fd cannot wedge the stream. */
	f->len = 0;
	if (f->write(f, f->buf, n) < 0) {
		f->flags |= F_ERR;
		return EOF;
	}
	return 0;
}

int file_flush_all(void)
{
	FILE *f;
	int r = 0;

	for (f = open_files; f; f = f->next)
		if (f->len && bh_file_flush(f) < 0)
			r = EOF;
	return r;
}

/*
 * On a stream being read, fflush gives the read-ahead back to the file, so
 * that the descriptor stands where the reader does; a pipe keeps it.
 */
static int drop_read_ahead(FILE *f)
{
	off_t unread = file_unread(f);
	int saved = errno;

	if (f->seek(f, -unread, SEEK_CUR) < 0) {
		if (errno != ESPIPE)
			return EOF;
		errno = saved;
		return 0;
	}
	f->rpos = f->rend = 0;
	f->nback = 0;
	return 0;
}

int fflush(FILE *f)
{
	if (!f)
		return file_flush_all();
	if (f->len)
		return bh_file_flush(f);
	if (file_unread(f))
		return drop_read_ahead(f);
	return 0;
}

void stdio_flush_all(void)
{
	file_flush_all();
}
