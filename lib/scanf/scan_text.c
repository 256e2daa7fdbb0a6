/* scanf's %s, %c and %[, into the caller's array or, with 'm', a new one;
 * wide (wchar_t) with 'l'. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "scan_impl.h"

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

const char *scan_set(const char *f, unsigned char set[32])
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

int scan_text(struct in *in, const struct conv *cv,
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

