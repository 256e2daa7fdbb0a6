/*
 * strverscmp: compares strings as version numbers. Up to the first
 * difference it is strcmp; a difference inside a run of digits compares
 * the runs as numbers, where a run with a leading zero is a fraction:
 * 000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10.
 */
#define _GNU_SOURCE
#include <string.h>

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static size_t digit_run(const unsigned char *s)
{
	size_t n = 0;

	while (is_digit(s[n]))
		n++;
	return n;
}

int strverscmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	size_t i = 0, run;
	int only_zeros = 1;

	while (p[i] == q[i]) {
		if (!p[i])
			return 0;
		i++;
	}
	/* The digits both share just before the difference. */
	for (run = i; run > 0 && is_digit(p[run - 1]); run--)
		if (p[run - 1] != '0')
			only_zeros = 0;
	if (!is_digit(p[run]) || !is_digit(q[run]))
		return p[i] - q[i];
	if (p[run] != '0' && q[run] != '0') {
		/* Whole numbers: the longer run is the larger. */
		size_t la = digit_run(p + i), lb = digit_run(q + i);

		if (la != lb)
			return la > lb ? 1 : -1;
		return p[i] - q[i];
	}
	/* A fraction: after zeros alone, more digits sort first. */
	if (only_zeros && is_digit(p[i]) != is_digit(q[i]))
		return is_digit(p[i]) ? -1 : 1;
	return p[i] - q[i];
}
