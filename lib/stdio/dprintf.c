/* dprintf, vdprintf: printf straight to a file descriptor. */
#include "lib/stdio_impl.h"

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	return bh_vprint_stacked(NULL, fd, fmt, ap);
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = bh_vprint_stacked(NULL, fd, fmt, ap);
	va_end(ap);
	return r;
}
