/*
 * say(): one line to stdout in one write, so that a kernel's messages on
 * the same console cannot land in the middle of it (test/runner/runner.c
 * and qemu/init.c).
 */
#ifndef RUNNER_SAY_H
#define RUNNER_SAY_H

#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void say(const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (n > (int)sizeof line - 2)
		n = sizeof line - 2;
	line[n++] = '\n';
	if (write(1, line, n) < 0)
		return;
}

#endif
