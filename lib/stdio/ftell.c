/* ftello, ftell, fgetpos: where a stream stands. */
#include <errno.h>
#include "lib/stdio_impl.h"

off_t ftello(FILE *f)
{
	off_t pos;

	/* Appended output lands at the end, wherever the offset was. */
	if (f->len && (f->flags & F_APPEND) && bh_file_flush(f) < 0)
		return -1;
	pos = f->seek(f, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	pos += (off_t)f->len - file_unread(f);
	if (pos < 0) {		/* ungetc in front of the start */
		errno = EINVAL;
		return -1;
	}
	return pos;
}

long ftell(FILE *f)
{
	off_t pos = ftello(f);

	if (pos > __LONG_MAX__) {
		errno = EOVERFLOW;
		return -1;
	}
	return (long)pos;
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t p = ftello(f);

	if (p < 0)
		return -1;
	pos->__pos = p;
	return 0;
}
