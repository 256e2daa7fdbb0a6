/* fscanf, vfscanf: scanf over a stream, through fgetc and ungetc, so that
 * the unmatched byte stays in the stream. */
#include <stdio.h>
#include "scan.h"

struct file_src {
	struct scan_src base;
	FILE *f;
};

static int file_get(struct scan_src *s)
{
	return fgetc(((struct file_src *)s)->f);
}

static void file_unget(struct scan_src *s, int c)
{
	if (c != EOF)
		ungetc(c, ((struct file_src *)s)->f);
}

int vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
{
	struct file_src s = { { file_get, file_unget }, f };

	return scan_core(&s.base, fmt, ap);
}

int fscanf(FILE *__restrict f, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}
