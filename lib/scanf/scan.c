/*
 * scan_core: the scanf engine (see scan.h). Each directive of the format
 * is white space (skips any), an ordinary byte (must come next), or a
 * conversion %[n$][*][width][m][length]letter, read by scan_int.c,
 * scan_float.c or scan_text.c. Returns the assignments made, or EOF when
 * the input ends before the first, as glibc does.
 */
#include <stdarg.h>
#include <string.h>
#include "scan_impl.h"

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

	if (cv->letter == '[') {
		*fmt = scan_set(*fmt, set);
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
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'p':
		return scan_integer(in, cv, dest);
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
	case 'a': case 'A':
		return scan_float(in, cv, dest);
	case 's': case 'c': case '[':
		return scan_text(in, cv, set, dest);
	default:
		return 0;	/* unknown: a matching failure, as glibc */
	}
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
