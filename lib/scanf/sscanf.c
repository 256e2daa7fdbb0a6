/* sscanf, vsscanf: scanf over a string. */
#include <stdio.h>
#include "scan.h"

struct string_src {
	struct scan_src base;
	const unsigned char *p;
};

static int string_get(struct scan_src *s)
{
	struct string_src *ss = (struct string_src *)s;

	return *ss->p ? *ss->p++ : EOF;
}

static void string_unget(struct scan_src *s, int c)
{
	struct string_src *ss = (struct string_src *)s;

	if (c != EOF)
		ss->p--;
}

int vsscanf(const char *__restrict str, const char *__restrict fmt,
	    va_list ap)
{
	struct string_src s = { { string_get, string_unget },
				(const unsigned char *)str };

	return scan_core(&s.base, fmt, ap);
}

int sscanf(const char *__restrict str, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(str, fmt, ap);
	va_end(ap);
	return r;
}
