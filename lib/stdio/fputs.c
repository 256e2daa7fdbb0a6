/* fputs, puts, fputs_unlocked: write a string (puts adds a newline, to stdout). */
#include <string.h>
#include "lib/stdio_impl.h"

int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);

	if (bh_file_put(f, s, n) < 0 || bh_file_line_done(f, s, n) < 0)
		return EOF;
	return 1;
}

int fputs_unlocked(const char *restrict s, FILE *restrict f)
{
	return fputs(s, f);
}

int puts(const char *s)
{
	size_t n = strlen(s);

	if (bh_file_put(stdout, s, n) < 0 || bh_file_put(stdout, "\n", 1) < 0 ||
	    bh_file_line_done(stdout, "\n", 1) < 0)
		return EOF;
	return 1;
}
