/* fflush, stdio_flush_all, bh_file_flush: write out buffered output. */
#include <kernel/runtime.h>
#include "stdio_impl.h"

int bh_file_flush(FILE *f)
{
	size_t n = f->len;

	if (!n)
		return 0;
	/* Dropped even on failure, so a broken fd cannot wedge the stream. */
	f->len = 0;
	if (bh_write_all(f->fd, f->buf, n) < 0) {
		f->error = 1;
		return EOF;
	}
	return 0;
}

int fflush(FILE *f)
{
	if (!f) {
		int r = bh_file_flush(stdout);

		return bh_file_flush(stderr) < 0 ? EOF : r;
	}
	return bh_file_flush(f);
}

void stdio_flush_all(void)
{
	fflush(NULL);
}
