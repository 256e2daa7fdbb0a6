/* file_new, file_unlink: a stream on a file descriptor, on and off the list. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "lib/stdio_impl.h"

FILE *file_new(int fd, int fflags)
{
	/* The FILE and its buffer in one block. */
	FILE *f = malloc(sizeof *f + BUFSIZ);

	if (!f)
		return NULL;
	memset(f, 0, sizeof *f);
	f->fd = fd;
	f->mode = BH_AUTOBUFFERED;
	f->flags = fflags | F_FREE;
	f->buf = (unsigned char *)(f + 1);
	f->size = BUFSIZ;
	f->read = fd_read;
	f->write = fd_write;
	f->seek = fd_seek;
	f->close = fd_close;
	f->next = open_files;
	open_files = f;
	return f;
}

void file_unlink(FILE *f)
{
	FILE **p;

	for (p = &open_files; *p; p = &(*p)->next)
		if (*p == f) {
			*p = f->next;
			f->next = NULL;
			return;
		}
}
