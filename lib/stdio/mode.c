/* file_mode_flags: what an fopen mode string asks for. */
#include <errno.h>
#include <fcntl.h>
#include "lib/stdio_impl.h"

int file_mode_flags(const char *mode, int *oflags, int *fflags)
{
	int o, ff;
	const char *p;

	switch (mode[0]) {
	case 'r':
		o = O_RDONLY;
		ff = F_READ;
		break;
	case 'w':
		o = O_WRONLY | O_CREAT | O_TRUNC;
		ff = F_WRITE;
		break;
	case 'a':
		o = O_WRONLY | O_CREAT | O_APPEND;
		ff = F_WRITE | F_APPEND;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	/* After the first letter, as glibc: unknown letters are ignored and
	 * a ',' ends the mode. */
	for (p = mode + 1; *p && *p != ','; p++) {
		switch (*p) {
		case '+':
			o = (o & ~(O_RDONLY | O_WRONLY)) | O_RDWR;
			ff |= F_READ | F_WRITE;
			break;
		case 'x':
			o |= O_EXCL;
			break;
		case 'e':
			o |= O_CLOEXEC;
			break;
		}
	}
	*oflags = o;
	*fflags = ff;
	return 0;
}
