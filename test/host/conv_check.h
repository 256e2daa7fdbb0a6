/*
 * What test/host/conv.c and conv128.c share: bareheap's formatter into a
 * buffer (bh_snprintf), and the random numbers that drive them.
 */
#ifndef TEST_HOST_CONV_CHECK_H
#define TEST_HOST_CONV_CHECK_H

#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include "test/host/conv_sink.h"

struct buf_sink {
	struct bh_sink base;
	char *p;
	size_t room;
};

static void buf_write(struct bh_sink *k, const char *p, size_t n)
{
	struct buf_sink *b = (struct buf_sink *)k;
	size_t c = n < b->room ? n : b->room;

	memcpy(b->p, p, c);
	b->p += c;
	b->room -= c;
}

static inline int bh_snprintf(char *out, size_t size, const char *fmt, ...)
{
	struct buf_sink b = { { buf_write, 0 }, out, size - 1 };
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = bh_vformat(&b.base, fmt, ap);
	va_end(ap);
	*b.p = 0;
	return r;
}

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static inline uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

#endif
