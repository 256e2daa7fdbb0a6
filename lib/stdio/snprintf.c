/* snprintf, sprintf: the variadic front ends of vsnprintf. */
#include "lib/stdio_impl.h"

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return r;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, (size_t)-1, fmt, ap);
	va_end(ap);
	return r;
}
