/*
 * __assert_fail: what a failed assert() does, in glibc's words:
 * "prog: file:line: func: Assertion `expr' failed." on stderr, then abort.
 * Written with write() alone, so that it works whatever state stdio is in.
 */
#define _GNU_SOURCE
#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kernel/runtime.h"

static size_t put(char *buf, size_t at, size_t size, const char *s)
{
	size_t n = strlen(s);

	if (n > size - at)
		n = size - at;
	memcpy(buf + at, s, n);
	return at + n;
}

void __assert_fail(const char *expr, const char *file, unsigned int line,
		   const char *func)
{
	char buf[1024], digits[12];
	size_t at = 0, size = sizeof buf;

	digits[sizeof digits - 1] = '\0';
	at = put(buf, at, size, program_invocation_short_name);
	if (*program_invocation_short_name)
		at = put(buf, at, size, ": ");
	at = put(buf, at, size, file);
	at = put(buf, at, size, ":");
	at = put(buf, at, size, line ? bh_digits(digits + sizeof digits - 1,
						 line, 10, 0) : "0");
	at = put(buf, at, size, ": ");
	if (func && *func) {
		at = put(buf, at, size, func);
		at = put(buf, at, size, ": ");
	}
	at = put(buf, at, size, "Assertion `");
	at = put(buf, at, size, expr);
	at = put(buf, at, size, "' failed.\n");
	write(STDERR_FILENO, buf, at);
	abort();
}
