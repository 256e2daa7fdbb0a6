/* The runtime's voice on stderr: "bareheap: ..." messages and panic. */
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>
#include "kernel/runtime.h"

#define PANIC_STATUS 99

static void vmessage(const char *fmt, va_list ap)
{
	char buf[512];
	int n = 10;

	__builtin_memcpy(buf, "bareheap: ", 10);
	n += vsnprintf(buf + n, sizeof(buf) - n - 1, fmt, ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	write(STDERR_FILENO, buf, n);
}

void message(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, ap);
	va_end(ap);
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, ap);
	va_end(ap);
	_exit(PANIC_STATUS);
}
