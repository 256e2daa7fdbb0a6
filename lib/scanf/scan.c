/*
 * scan_core: the scanf engine (see scan.h). Each directive of the format
 * is white space (skips any), an ordinary byte (must come next), or a
 * conversion %[n$][*][width][m][length]letter. Numbers follow strtol's and
 * strtod's rules over at most width bytes; a number's text is read with
 * one byte of look-ahead, so a partial match ("1e+", "0x", "-") is taken
 * as far as it went, as glibc does. Returns the assignments made, or EOF
 * when the input ends before the first.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/conv/pack.h"
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

static int get(struct in *in)
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

static void unget(struct in *in, int c)
{
	if (c != EOF) {
		in->src->unget(in->src, c);
		in->count--;
		in->room++;
	}
}

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

/* Skips white space; returns 0, or EOF when the input ended. */
static int skip_space(struct in *in)
{
	int c;

	in->room = (size_t)-1;
	do
		c = get(in);
	while (is_space(c));
	unget(in, c);
	return c == EOF ? EOF : 0;
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

/* Where the arguments come from. */
struct args {
	va_list ap;		/* in order */
	va_list first;		/* the start, for %n$ */
};

static void *next_pointer(struct args *a, int pos)
{
	va_list ap;
	void *p;
	int i;

	if (!pos)
		return va_arg(a->ap, void *);
	va_copy(ap, a->first);
	for (i = 1; i < pos; i++)
		(void)va_arg(ap, void *);
	p = va_arg(ap, void *);
	va_end(ap);
	return p;
}

/* Integers: the digits as strtol (or strtoul) reads them. 1 when a number
 * was read, 0 when not. */
static int read_integer(struct in *in, int base, int *neg,
			unsigned long long *value, int *overflow)
{
	unsigned long long v = 0;
	int c = get(in), digits = 0, d;

	*neg = 0;
	*overflow = 0;
	if (c == '+' || c == '-') {
		*neg = c == '-';
		c = get(in);
	}
	if ((base == 0 || base == 16) && c == '0') {
		digits = 1;
		c = get(in);
		if (lower(c) == 'x') {
			base = 16;
			c = get(in);
		} else if (base == 0) {
			base = 8;
		}
	}
	if (!base)
		base = 10;
	for (; (d = digit_value(c)) < base; c = get(in)) {
		if (v > (ULLONG_MAX - (unsigned int)d) / (unsigned int)base)
			*overflow = 1;
		v = v * (unsigned int)base + (unsigned int)d;
		digits++;
	}
	unget(in, c);
	*value = v;
	return digits > 0;
}

/* strtol's (or strtoll's) range for a signed result. */
static long long signed_result(int neg, unsigned long long v, int overflow,
			       int big)
{
	unsigned long long max = big ? (unsigned long long)LLONG_MAX
				     : (unsigned long long)LONG_MAX;

	if (neg)
		return overflow || v > max + 1 ? -(long long)max - 1
						: (long long)(0 - v);
	return overflow || v > max ? (long long)max : (long long)v;
}

/* strtoul's (or strtoull's): a '-' negates in the unsigned type. */
static unsigned long long unsigned_result(int neg, unsigned long long v,
					  int overflow, int big)
{
	unsigned long long max = big ? ULLONG_MAX : (unsigned long long)ULONG_MAX;

	if (overflow || v > max)
		return max;
	return neg ? (0 - v) & max : v;
}

static void store_integer(void *p, enum length len, unsigned long long v)
{
	switch (len) {
	case LEN_HH: *(unsigned char *)p = (unsigned char)v; break;
	case LEN_H: *(unsigned short *)p = (unsigned short)v; break;
	case LEN_L: *(unsigned long *)p = (unsigned long)v; break;
	case LEN_LL: case LEN_BIG: *(unsigned long long *)p = v; break;
	case LEN_J: *(uintmax_t *)p = (uintmax_t)v; break;
	case LEN_Z: *(size_t *)p = (size_t)v; break;
	case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
	default: *(unsigned int *)p = (unsigned int)v; break;
	}
}

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

static int scan_float(struct in *in, const struct conv *cv, void *dest)
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

/* Where %s %c %[ put their bytes: a caller's array, or one malloc'd for
 * 'm'; wide (wchar_t) with 'l'. */
struct out {
	char *p;		/* NULL when suppressed */
	size_t n, cap;
	int wide, alloc, failed;
};

static void out_put(struct out *o, int c)
{
	size_t unit = o->wide ? sizeof(int) : 1;

	if (!o->p || o->failed)
		return;
	if (o->wide && c > 0x7f) {	/* the C locale is ASCII */
		o->failed = EILSEQ;
		return;
	}
	if (o->alloc && (o->n + 1) * unit > o->cap) {
		char *q = realloc(o->p, o->cap * 2);

		if (!q) {
			o->failed = ENOMEM;
			return;
		}
		o->p = q;
		o->cap *= 2;
	}
	if (o->wide) {
		int w = c;

		memcpy(o->p + o->n * unit, &w, unit);
	} else {
		o->p[o->n] = (char)c;
	}
	o->n++;
}

/* Reads a scanset's definition after "[", into set; returns the
 * format after its "]", or NULL when there is none. */
static const char *read_set(const char *f, unsigned char set[32])
{
	int neg = 0, prev = -1, i;

	memset(set, 0, 32);
	if (*f == '^') {
		neg = 1;
		f++;
	}
	if (*f == ']') {
		set[']' / 8] |= 1 << (']' % 8);
		prev = ']';
		f++;
	}
	for (; *f && *f != ']'; f++) {
		int c = (unsigned char)*f;

		if (c == '-' && prev >= 0 && f[1] && f[1] != ']' &&
		    (unsigned char)f[1] >= prev) {
			for (i = prev; i <= (unsigned char)f[1]; i++)
				set[i / 8] |= (unsigned char)(1 << (i % 8));
			f++;
			prev = -1;
			continue;
		}
		set[c / 8] |= (unsigned char)(1 << (c % 8));
		prev = c;
	}
	if (!*f)
		return NULL;
	if (neg)
		for (i = 0; i < 32; i++)
			set[i] = (unsigned char)~set[i];
	return f + 1;
}

/*
 * %s, %c and %[: returns 1 when the field matched, 0 when it did not, EOF
 * when the input ended before it, -2 when memory or the character set
 * failed (errno is set).
 */
static int scan_text(struct in *in, const struct conv *cv,
		     const unsigned char *set, void *dest)
{
	struct out o = { NULL, 0, 0, cv->len == LEN_L, cv->alloc, 0 };
	int c, got = 0;

	if (dest && cv->alloc) {
		o.cap = (cv->letter == 'c' ? in->room : 16) * (o.wide ? 4 : 1) + 4;
		o.p = malloc(o.cap);
		if (!o.p)
			return -2;
	} else if (dest) {
		o.p = dest;
	}
	for (;;) {
		c = get(in);
		if (c == EOF)
			break;
		if ((cv->letter == 's' && is_space(c)) ||
		    (cv->letter == '[' && !(set[c / 8] & (1 << (c % 8))))) {
			unget(in, c);
			break;
		}
		out_put(&o, c);
		got++;
	}
	if (!got || o.failed) {
		if (cv->alloc)
			free(o.p);
		if (o.failed) {
			errno = o.failed;
			return -2;
		}
		return c == EOF ? EOF : 0;
	}
	if (cv->letter != 'c')
		out_put(&o, 0);
	if (o.failed) {
		if (cv->alloc)
			free(o.p);
		errno = o.failed;
		return -2;
	}
	if (dest && cv->alloc)
		*(char **)dest = o.p;
	return 1;
}

/* Parses a conversion after its '%'; returns the format after it, or
 * NULL when the format ends inside it. */
static const char *parse(const char *f, struct conv *cv)
{
	const char *p = f;
	size_t n = 0;

	memset(cv, 0, sizeof *cv);
	for (; *p >= '0' && *p <= '9'; p++)
		n = n < 0x10000000 ? n * 10 + (size_t)(*p - '0') : n;
	if (*p == '$' && n) {
		cv->pos = (int)n;
		f = p + 1;
	}
	if (*f == '*') {
		cv->suppress = 1;
		f++;
	}
	for (n = 0; *f >= '0' && *f <= '9'; f++)
		n = n < 0x10000000 ? n * 10 + (size_t)(*f - '0') : n;
	cv->width = n;
	if (*f == 'm') {
		cv->alloc = 1;
		f++;
	}
	switch (*f) {
	case 'h':
		cv->len = *++f == 'h' ? (f++, LEN_HH) : LEN_H;
		break;
	case 'l':
		cv->len = *++f == 'l' ? (f++, LEN_LL) : LEN_L;
		break;
	case 'L': case 'q': f++; cv->len = LEN_BIG; break;
	case 'j': f++; cv->len = LEN_J; break;
	case 'z': case 'Z': f++; cv->len = LEN_Z; break;
	case 't': f++; cv->len = LEN_T; break;
	default: break;
	}
	if (!*f)
		return NULL;
	cv->letter = *f;
	if (cv->letter == 'S' || cv->letter == 'C') {
		cv->letter = (char)lower(cv->letter);
		cv->len = LEN_L;
	}
	return f + 1;
}

/* One conversion: 1 assigned (or matched, when suppressed), 0 matching
 * failure, EOF input failure, -2 another failure. */
static int convert(struct in *in, const struct conv *cv, const char **fmt,
		   struct args *a)
{
	unsigned char set[32];
	void *dest = NULL;
	int base = 10, neg, overflow;
	unsigned long long v;

	if (cv->letter == '[') {
		*fmt = read_set(*fmt, set);
		if (!*fmt)
			return 0;
	}
	if (cv->letter != '[' && cv->letter != 'c' && skip_space(in) == EOF)
		return EOF;
	if (!cv->suppress)
		dest = next_pointer(a, cv->pos);
	in->room = cv->width ? cv->width :
		   cv->letter == 'c' ? 1 : (size_t)-1;

	switch (cv->letter) {
	case 'd': case 'u':
		break;
	case 'i':
		base = 0;
		break;
	case 'o':
		base = 8;
		break;
	case 'x': case 'X': case 'p':
		base = 16;
		break;
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
	case 'a': case 'A':
		return scan_float(in, cv, dest);
	case 's': case 'c': case '[':
		return scan_text(in, cv, set, dest);
	default:
		return 0;	/* unknown: a matching failure, as glibc */
	}

	if (!read_integer(in, base, &neg, &v, &overflow))
		return 0;
	if (!dest)
		return 1;
	if (cv->letter == 'p') {
		*(void **)dest = (void *)(uintptr_t)
			unsigned_result(neg, v, overflow, 0);
		return 1;
	}
	{
		int big = cv->len == LEN_LL || cv->len == LEN_BIG ||
			  cv->len == LEN_J;

		if (cv->letter == 'd' || cv->letter == 'i')
			v = (unsigned long long)signed_result(neg, v, overflow,
							      big);
		else
			v = unsigned_result(neg, v, overflow, big);
	}
	store_integer(dest, cv->len, v);
	return 1;
}

int scan_core(struct scan_src *src, const char *fmt, va_list ap)
{
	struct in in = { src, 0, (size_t)-1 };
	struct args a;
	int done = 0, r = 0;

	va_copy(a.ap, ap);
	va_copy(a.first, ap);
	while (*fmt) {
		struct conv cv;
		int c;

		if (is_space((unsigned char)*fmt)) {
			while (is_space((unsigned char)*fmt))
				fmt++;
			skip_space(&in);
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			if (*fmt == '%') {	/* %% skips white space first */
				fmt++;
				skip_space(&in);
			}
			in.room = 1;
			c = get(&in);
			if (c == EOF) {
				r = EOF;
				break;
			}
			if (c != (unsigned char)*fmt) {
				unget(&in, c);
				break;
			}
			fmt++;
			continue;
		}
		fmt = parse(fmt + 1, &cv);
		if (!fmt)
			break;
		if (cv.letter == 'n') {
			if (!cv.suppress)
				store_integer(next_pointer(&a, cv.pos), cv.len,
					      in.count);
			continue;
		}
		r = convert(&in, &cv, &fmt, &a);
		if (r != 1)
			break;
		if (!cv.suppress)
			done++;
	}
	va_end(a.ap);
	va_end(a.first);
	if (r == EOF || r == -2)
		return done ? done : EOF;
	return done;
}
