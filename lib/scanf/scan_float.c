/*
 * scanf's floating-point conversions: the number's text as glibc's scanf
 * takes it (one byte of look-ahead, so "1e+" is taken whole and read as
 * 1), then the strtod engine.
 */
#include <stdlib.h>
#include <string.h>
#include "lib/conv/pack.h"
#include "scan_impl.h"

/* A growing byte buffer for a floating-point number's text. */
struct text {
	char *p;
	size_t n, cap;
	char local[128];
	int failed;
};

static void text_add(struct text *t, int c)
{
	if (t->n + 1 >= t->cap) {
		size_t cap = t->cap * 2;
		char *q = t->p == t->local ? malloc(cap) : realloc(t->p, cap);

		if (!q) {
			t->failed = 1;
			return;
		}
		if (t->p == t->local)
			memcpy(q, t->local, t->n);
		t->p = q;
		t->cap = cap;
	}
	t->p[t->n++] = (char)c;
}

/* Reads the letters of word after its first (already in t); 1 if all. */
static int read_word(struct in *in, struct text *t, const char *word)
{
	for (; *word; word++) {
		int c = get(in);

		if (lower(c) != *word) {
			unget(in, c);
			return 0;
		}
		text_add(t, c);
	}
	return 1;
}

/* The text of a floating-point number, as glibc's scanf takes it. */
static int read_float_text(struct in *in, struct text *t)
{
	int c = get(in), hex = 0, digits = 0, point = 0;

	if (c == '+' || c == '-') {
		text_add(t, c);
		c = get(in);
	}
	if (lower(c) == 'i') {
		text_add(t, c);
		if (!read_word(in, t, "nf"))
			return 0;
		c = get(in);
		if (lower(c) != 'i') {
			unget(in, c);
			return 1;
		}
		text_add(t, c);
		return read_word(in, t, "nity");
	}
	if (lower(c) == 'n') {
		text_add(t, c);
		return read_word(in, t, "an");
	}
	if (c == '0') {
		text_add(t, c);
		c = get(in);
		if (lower(c) == 'x') {
			text_add(t, c);
			c = get(in);
			hex = 1;
		} else {
			digits = 1;
		}
	}
	for (; hex ? digit_value(c) < 16 : digit_value(c) < 10; c = get(in)) {
		text_add(t, c);
		digits++;
	}
	if (c == '.') {
		text_add(t, c);
		point = 1;
		for (c = get(in); hex ? digit_value(c) < 16 : digit_value(c) < 10;
		     c = get(in)) {
			text_add(t, c);
			digits++;
		}
	}
	/* "0x." is a zero to glibc, and so is "0x" cut off by the width;
	 * "0x" and "." alone are nothing */
	if (!digits) {
		unget(in, c);
		if (hex && !point && !in->room && t->n >= 2) {
			/* the width ended just after "0x": glibc gives the
			 * x back and takes the 0 */
			unget(in, (unsigned char)t->p[--t->n]);
			return 1;
		}
		return hex && point;
	}
	if (lower(c) == (hex ? 'p' : 'e')) {
		text_add(t, c);
		c = get(in);
		if (c == '+' || c == '-') {
			text_add(t, c);
			c = get(in);
		}
		for (; digit_value(c) < 10; c = get(in))
			text_add(t, c);
	}
	unget(in, c);
	return 1;
}

int scan_float(struct in *in, const struct conv *cv, void *dest)
{
	struct text t = { NULL, 0, sizeof t.local, { 0 }, 0 };
	struct fp_value v;
	int ok;

	t.p = t.local;
	ok = read_float_text(in, &t) && !t.failed;
	if (ok && dest) {
		if (cv->len == LEN_L) {
			fp_parse(t.p, t.n, &fp_double, &v);
			*(double *)dest = fp_pack_double(&v);
		} else if (cv->len == LEN_BIG || cv->len == LEN_LL) {
			fp_parse(t.p, t.n, &fp_long_double, &v);
			*(long double *)dest = fp_pack_long_double(&v);
		} else {
			fp_parse(t.p, t.n, &fp_float, &v);
			*(float *)dest = fp_pack_float(&v);
		}
	}
	if (t.p != t.local)
		free(t.p);
	return ok;
}

