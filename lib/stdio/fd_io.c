/* The file-descriptor backend of a stream: files, pipes, the standard streams. */
#include <errno.h>
#include <unistd.h>
#include "lib/stdio_impl.h"

ssize_t fd_read(FILE *f, void *p, size_t n)
{
	ssize_t r;

	do
		r = read(f->fd, p, n);
	while (r < 0 && errno == EINTR);
	return r;
}

int fd_write(FILE *f, const void *p, size_t n)
{
	return bh_write_all(f->fd, p, n);
}

off_t fd_seek(FILE *f, off_t off, int whence)
{
	return lseek(f->fd, off, whence);
}

int fd_close(FILE *f)
{
	return close(f->fd);
}
