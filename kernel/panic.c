/*
 * The runtime's voice on stderr: "bareheap: ..." messages and panic. They
 * have a formatter of their own (what kernel/runtime.h lists), a fraction
 * of printf's size, so that mm/ can speak without linking lib/format.c.
 */
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "kernel/runtime.h"

#define PANIC_STATUS 99

/* The text of a number, ending just before end: prefix, then the digits
 * (at least one). */
static char *number(char *end, unsigned long long v, int base,
		    const char *prefix)
{
	char *p = bh_digits(end, v, base, 0);
	size_t n = strlen(prefix);

	if (p == end)
		*--p = '0';
	while (n)
		*--p = prefix[--n];
	return p;
}

/* The conversion at *fmt, a '%': moves *fmt past it and returns its text
 * and, in *n, its length. Numbers are written to the buffer that ends at
 * end, a NUL. */
static const char *convert(const char **fmt, va_list *ap, char *end,
			   size_t *n)
{
	const char *spec = *fmt, *f = spec + 1, *s, *prefix = "";
	int alt = 0, longs = 0, base = 10;
	unsigned long long v;
	long long sv;

	if (*f == '#') {
		alt = 1;
		f++;
	}
	for (; *f == 'l' || *f == 'z'; f++)
		longs++;	/* size_t is as wide as long */
	*fmt = *f ? f + 1 : f;
	switch (*f) {
	case 's':
		s = va_arg(*ap, const char *);
		if (!s)
			s = "(null)";
		*n = strlen(s);
		return s;
	case 'p':
		v = (uintptr_t)va_arg(*ap, const void *);
		if (!v) {
			*n = 5;
			return "(nil)";
		}
		prefix = "0x";
		base = 16;
		break;
	case 'd':
	case 'i':
	case 'u':
	case 'x':
		/* read as the unsigned type of its width */
		v = longs > 1 ? va_arg(*ap, unsigned long long) :
			longs ? va_arg(*ap, unsigned long) :
			va_arg(*ap, unsigned int);
		if (*f == 'x') {
			base = 16;
			prefix = alt && v ? "0x" : "";
		} else if (*f != 'u') {
			sv = longs > 1 ? (long long)v : longs ? (long)v : (int)v;
			v = sv < 0 ? 0 - (unsigned long long)sv : (unsigned long long)sv;
			prefix = sv < 0 ? "-" : "";
		}
		break;
	case '%':
		*n = 1;
		return "%";
	default:	/* unknown, or cut off: the specification as written */
		*n = *fmt - spec;
		return spec;
	}
	s = number(end, v, base, prefix);
	*n = strlen(s);
	return s;
}

/* Copies what fits of s[0..n) to pos, below end; returns the new end. */
static char *put(char *pos, char *end, const char *s, size_t n)
{
	for (; n && pos < end; n--)
		*pos++ = *s++;
	return pos;
}

/* Writes "bareheap: ", the formatted message and a newline in one write. */
static void vmessage(const char *fmt, va_list *ap)
{
	char line[512], num[24];
	char *end = line + sizeof(line) - 1;	/* leaves room for the '\n' */
	char *pos = put(line, end, "bareheap: ", 10);

	num[sizeof(num) - 1] = '\0';
	while (*fmt) {
		const char *s = fmt;
		size_t n = 1;

		if (*fmt == '%')
			s = convert(&fmt, ap, num + sizeof(num) - 1, &n);
		else
			fmt++;
		pos = put(pos, end, s, n);
	}
	*pos++ = '\n';
	write(STDERR_FILENO, line, pos - line);
}

void message(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, &ap);
	va_end(ap);
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, &ap);
	va_end(ap);
	_exit(PANIC_STATUS);
}
