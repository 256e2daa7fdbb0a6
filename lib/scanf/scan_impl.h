/*
 * What the parts of the scanf engine (scan.c, scan_int.c, scan_float.c,
 * scan_text.c) share: the counted input with its per-field byte budget,
 * and one conversion as the format wrote it.
 */
#ifndef LIB_SCANF_SCAN_IMPL_H
#define LIB_SCANF_SCAN_IMPL_H

#include <stddef.h>
#include <stdio.h>
#include "scan.h"

enum length {
	LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_J, LEN_T, LEN_BIG
};

/* The input, counted (for %n), and one field's byte budget. */
struct in {
	struct scan_src *src;
	size_t count;
	size_t room;		/* bytes the current field may still take */
};

static inline int get(struct in *in)
{
	int c;

	if (!in->room)
		return EOF;
	c = in->src->get(in->src);
	if (c != EOF) {
		in->count++;
		in->room--;
	}
	return c;
}

static inline void unget(struct in *in, int c)
{
	if (c != EOF) {
		in->src->unget(in->src, c);
		in->count--;
		in->room++;
	}
}

static inline int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static inline int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

/* One conversion as written. */
struct conv {
	int pos;		/* n of %n$, 0 for the next argument */
	int suppress;		/* '*' */
	int alloc;		/* 'm' */
	size_t width;		/* 0: none */
	enum length len;
	char letter;
};

/*
 * The conversions: each reads its field (at most in->room bytes) and
 * stores through dest unless it is NULL (suppressed). They return 1 when
 * the field matched, 0 when it did not; scan_text also EOF when the input
 * ended before the field, and -2 when memory or the character set failed
 * (errno set).
 */
int scan_integer(struct in *in, const struct conv *cv, void *dest);
int scan_float(struct in *in, const struct conv *cv, void *dest);
int scan_text(struct in *in, const struct conv *cv, const unsigned char *set,
	      void *dest);

/* Reads a scanset's definition after "[" into set; returns the format
 * after its "]", or NULL when there is none. */
const char *scan_set(const char *f, unsigned char set[32]);

/* Stores v (or a count) in the integer type the length names. */
void store_integer(void *p, enum length len, unsigned long long v);

#endif
