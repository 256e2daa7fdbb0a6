/* fopen: open a file as a stream. */
#include <fcntl.h>
#include <unistd.h>
#include "lib/stdio_impl.h"

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int oflags, fflags, fd;
	FILE *f;

	if (file_mode_flags(mode, &oflags, &fflags) < 0)
		return NULL;
	fd = open(path, oflags, 0666);
	if (fd < 0)
		return NULL;
	/* "a" starts at the end, so that ftell says where output goes;
	 * "a+" reads from the start. */
	if ((fflags & (F_APPEND | F_READ)) == F_APPEND)
		lseek(fd, 0, SEEK_END);
	f = file_new(fd, fflags);
	if (!f)
		close(fd);
	return f;
}
