/*
 * Included first into every library file of the host build of the number
 * conversions (scripts/host-tests conv): stands in for lib/stdio_impl.h,
 * whose FILE does not fit beside glibc's, with the one interface that
 * lib/format.c and lib/conv/ use.
 */
#ifndef LIB_STDIO_IMPL_H
#define LIB_STDIO_IMPL_H

#include <stdarg.h>
#include <stddef.h>

struct bh_sink {
	void (*write)(struct bh_sink *sink, const char *p, size_t n);
	size_t count;
};

int bh_vformat(struct bh_sink *sink, const char *fmt, va_list ap);

#endif
