/* fseeko, fseek, rewind, fsetpos: move a stream's position. */
#include <errno.h>
#include "lib/stdio_impl.h"

int fseeko(FILE *f, off_t off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->len && bh_file_flush(f) < 0)
		return -1;
	/* The backend is ahead of the reader by what is still buffered. */
	if (whence == SEEK_CUR)
		off -= file_unread(f);
	if (f->seek(f, off, whence) < 0)
		return -1;
	f->rpos = f->rend = 0;
	f->nback = 0;
	f->flags &= ~F_EOF;
	return 0;
}

int fseek(FILE *f, long off, int whence)
{
	return fseeko(f, off, whence);
}

void rewind(FILE *f)
{
	fseeko(f, 0, SEEK_SET);
	f->flags &= ~F_ERR;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, pos->__pos, SEEK_SET);
}
