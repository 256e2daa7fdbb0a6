/*
 * The scanf family's one engine, reading through a small source so that
 * sscanf needs no FILE: get returns the next byte or EOF, unget gives one
 * byte back (the engine never gives back more than one in a row).
 */
#ifndef LIB_SCANF_SCAN_H
#define LIB_SCANF_SCAN_H

#include <stdarg.h>

struct scan_src {
	int (*get)(struct scan_src *src);
	void (*unget)(struct scan_src *src, int c);
};

/* Returns the number of assignments, or EOF when the input ended (or
 * failed) before the first one. */
int scan_core(struct scan_src *src, const char *fmt, va_list ap);

#endif
