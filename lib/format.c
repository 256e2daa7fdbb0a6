/*
 * bh_vformat: the one printf-family formatter. It reads each conversion
 * (%[n$][flags][width][.precision][length]letter), takes its arguments
 * either in order from the va_list or, when the format numbers them
 * (%2$s, %*3$d), from a table filled in a first pass over the format, and
 * prints integers, strings and characters here and floating point in
 * lib/conv/. Every case prints what glibc prints; a conversion it does not
 * know is printed as written and takes no argument.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <kernel/runtime.h>
#include "conv/fmt.h"

enum length {
	LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_J, LEN_T, LEN_BIG
};

/* How an argument is read from the va_list. */
enum arg_class { ARG_NONE, ARG_INT, ARG_LONG, ARG_LLONG, ARG_DOUBLE,
		 ARG_LDOUBLE };

union arg {
	int i;
	long l;
	long long ll;
	double d;
	long double ld;
};

/* The highest argument number a format may use. */
#define ARG_MAX 128

/* One conversion as written. */
struct conv {
	struct fmt_spec s;
	enum length len;
	int pos;		/* n of %n$, 0 when none */
	int wstar, pstar;	/* '*': -1 in order, m of *m$, 0 when none */
	int width, prec;	/* as written, when not '*' */
};

/* Where the arguments come from. */
struct args {
	va_list ap;
	union arg *table;	/* NULL: in order from ap */
	int next;		/* numbered mode: the next unnumbered argument */
};

void fmt_emit(struct bh_sink *k, const char *p, size_t n)
{
	if (n) {
		k->write(k, p, n);
		k->count += n;
	}
}

void fmt_pad(struct bh_sink *k, char c, size_t n)
{
	static const char spaces[33] = "                                ";
	static const char zeros[33] = "00000000000000000000000000000000";
	const char *src = c == '0' ? zeros : spaces;

	while (n) {
		size_t chunk = n < 32 ? n : 32;

		fmt_emit(k, src, chunk);
		n -= chunk;
	}
}

/* Reads decimal digits, saturating far beyond any useful value. */
static int read_number(const char **fmt)
{
	const char *p = *fmt;
	int n = 0;

	for (; *p >= '0' && *p <= '9'; p++)
		n = n < 0x0ccccccc ? n * 10 + (*p - '0') : 0x7fffffff;
	*fmt = p;
	return n;
}

/* "n$" after a '%' or '*': n, or 0 (and nothing read) when absent. */
static int read_position(const char **fmt)
{
	const char *p = *fmt;
	int n = read_number(&p);

	if (n <= 0 || *p != '$')
		return 0;
	*fmt = p + 1;
	return n;
}

/* Parses one conversion after its '%'. Returns the next character, or NULL
 * when the format ends inside it. */
static const char *parse(const char *fmt, struct conv *c)
{
	memset(c, 0, sizeof *c);
	c->s.prec = -1;
	c->prec = -1;
	c->pos = read_position(&fmt);
	for (;; fmt++) {
		if (*fmt == '-')
			c->s.flags |= FL_MINUS;
		else if (*fmt == '+')
			c->s.flags |= FL_PLUS;
		else if (*fmt == ' ')
			c->s.flags |= FL_SPACE;
		else if (*fmt == '#')
			c->s.flags |= FL_ALT;
		else if (*fmt == '0')
			c->s.flags |= FL_ZERO;
		else if (*fmt != '\'' && *fmt != 'I')	/* grouping, digits */
			break;
	}
	if (*fmt == '*') {
		fmt++;
		c->wstar = read_position(&fmt);
		if (!c->wstar)
			c->wstar = -1;
	} else {
		c->width = read_number(&fmt);
	}
	if (*fmt == '.') {
		fmt++;
		if (*fmt == '*') {
			fmt++;
			c->pstar = read_position(&fmt);
			if (!c->pstar)
				c->pstar = -1;
		} else {
			c->prec = read_number(&fmt);
		}
	}
	switch (*fmt) {
	case 'h':
		c->len = *++fmt == 'h' ? (fmt++, LEN_HH) : LEN_H;
		break;
	case 'l':
		c->len = *++fmt == 'l' ? (fmt++, LEN_LL) : LEN_L;
		break;
	case 'L':
	case 'q':
		fmt++;
		c->len = LEN_BIG;
		break;
	case 'z':
	case 'Z':
		fmt++;
		c->len = LEN_Z;
		break;
	case 'j':
		fmt++;
		c->len = LEN_J;
		break;
	case 't':
		fmt++;
		c->len = LEN_T;
		break;
	default:
		break;
	}
	if (!*fmt)
		return NULL;
	c->s.conv = *fmt;
	return fmt + 1;
}

/* The class of a conversion's own argument. */
static enum arg_class value_class(const struct conv *c)
{
	switch (c->s.conv) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
		switch (c->len) {
		case LEN_L: case LEN_Z: case LEN_T: return ARG_LONG;
		case LEN_LL: case LEN_J: case LEN_BIG: return ARG_LLONG;
		default: return ARG_INT;
		}
	case 'c': case 'C':
		return ARG_INT;
	case 's': case 'S': case 'p': case 'n':
		return ARG_LONG;	/* pointers are long-sized here */
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
	case 'a': case 'A':
		return c->len == LEN_BIG || c->len == LEN_LL ? ARG_LDOUBLE
							     : ARG_DOUBLE;
	default:
		return ARG_NONE;
	}
}

static void read_arg(va_list *ap, enum arg_class cls, union arg *out)
{
	switch (cls) {
	case ARG_LONG: out->l = va_arg(*ap, long); break;
	case ARG_LLONG: out->ll = va_arg(*ap, long long); break;
	case ARG_DOUBLE: out->d = va_arg(*ap, double); break;
	case ARG_LDOUBLE: out->ld = va_arg(*ap, long double); break;
	default: out->i = va_arg(*ap, int); break;
	}
}

/*
 * Numbered arguments: records each one's class over the whole format, then
 * reads them all in order. Returns 0, or -1 when one is out of range.
 */
static int fill_table(const char *fmt, va_list *ap, union arg *table)
{
	unsigned char cls[ARG_MAX + 1];
	int max = 0, next = 1, i;
	struct conv c;

	memset(cls, ARG_NONE, sizeof cls);
	while ((fmt = strchr(fmt, '%')) && (fmt = parse(fmt + 1, &c))) {
		int pos = c.pos;
		enum arg_class vc = value_class(&c);

		if (c.s.conv == '%')
			continue;
		if (vc != ARG_NONE && !pos)
			pos = next++;
		if (pos > ARG_MAX || c.wstar > ARG_MAX || c.pstar > ARG_MAX)
			return -1;
		if (c.wstar > 0)
			cls[c.wstar] = ARG_INT;
		if (c.pstar > 0)
			cls[c.pstar] = ARG_INT;
		if (vc != ARG_NONE)
			cls[pos] = (unsigned char)vc;
		max = pos > max ? pos : max;
		max = c.wstar > max ? c.wstar : max;
		max = c.pstar > max ? c.pstar : max;
	}
	for (i = 1; i <= max; i++)
		read_arg(ap, (enum arg_class)cls[i], &table[i]);
	return 0;
}

/* The argument at position pos (numbered mode) or the next one. */
static void take(struct args *a, enum arg_class cls, int pos, union arg *v)
{
	if (a->table)
		*v = a->table[pos > 0 ? pos : a->next++];
	else
		read_arg(&a->ap, cls, v);
}

static int take_int(struct args *a, int pos)
{
	union arg v;

	take(a, ARG_INT, pos, &v);
	return v.i;
}

/*
 * Prints a number: sign or prefix, zeros from the precision (or from the
 * width with the 0 flag), the digits, and space padding.
 */
static void put_number(struct bh_sink *k, const struct fmt_spec *sp,
		       unsigned long long v, const char *prefix, int base,
		       int upper)
{
	char buf[24], *end = buf + sizeof buf;
	char *p = bh_digits(end, v, base, upper);
	size_t ndigits = end - p;
	size_t nprefix = strlen(prefix);
	size_t prec = sp->prec < 0 ? 1 : (size_t)sp->prec;
	size_t zeros = prec > ndigits ? prec - ndigits : 0;
	size_t total;

	/* '#' with o: the first digit printed must be a 0. */
	if ((sp->flags & FL_ALT) && base == 8 && zeros == 0)
		zeros = 1;
	total = nprefix + zeros + ndigits;
	if ((sp->flags & (FL_ZERO | FL_MINUS)) == FL_ZERO && sp->prec < 0 &&
	    sp->width > total) {
		zeros += sp->width - total;
		total = sp->width;
	}
	if (!(sp->flags & FL_MINUS) && sp->width > total)
		fmt_pad(k, ' ', sp->width - total);
	fmt_emit(k, prefix, nprefix);
	fmt_pad(k, '0', zeros);
	fmt_emit(k, p, ndigits);
	if ((sp->flags & FL_MINUS) && sp->width > total)
		fmt_pad(k, ' ', sp->width - total);
}

/* Prints n bytes of s padded to the width; the 0 flag does not apply. */
static void put_text(struct bh_sink *k, const struct fmt_spec *sp,
		     const char *s, size_t n)
{
	size_t fill = sp->width > n ? sp->width - n : 0;

	if (!(sp->flags & FL_MINUS))
		fmt_pad(k, ' ', fill);
	fmt_emit(k, s, n);
	if (sp->flags & FL_MINUS)
		fmt_pad(k, ' ', fill);
}

static const char *sign_prefix(int negative, unsigned int flags)
{
	if (negative)
		return "-";
	if (flags & FL_PLUS)
		return "+";
	if (flags & FL_SPACE)
		return " ";
	return "";
}

static long long signed_value(const struct conv *c, const union arg *a)
{
	switch (c->len) {
	case LEN_HH: return (signed char)a->i;
	case LEN_H: return (short)a->i;
	case LEN_L: case LEN_Z: case LEN_T: return a->l;
	case LEN_LL: case LEN_J: case LEN_BIG: return a->ll;
	default: return a->i;
	}
}

static unsigned long long unsigned_value(const struct conv *c,
					 const union arg *a)
{
	switch (c->len) {
	case LEN_HH: return (unsigned char)a->i;
	case LEN_H: return (unsigned short)a->i;
	case LEN_L: case LEN_Z: case LEN_T: return (unsigned long)a->l;
	case LEN_LL: case LEN_J: case LEN_BIG: return (unsigned long long)a->ll;
	default: return (unsigned int)a->i;
	}
}

/* %n: the count so far, stored in the argument's type. */
static void store_count(const struct conv *c, void *p, size_t count)
{
	if (!p)
		return;
	switch (c->len) {
	case LEN_HH: *(signed char *)p = (signed char)count; break;
	case LEN_H: *(short *)p = (short)count; break;
	case LEN_L: *(long *)p = (long)count; break;
	case LEN_LL: case LEN_BIG: *(long long *)p = (long long)count; break;
	case LEN_J: *(intmax_t *)p = (intmax_t)count; break;
	case LEN_Z: *(size_t *)p = count; break;
	case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)count; break;
	default: *(int *)p = (int)count; break;
	}
}

/* A conversion the formatter does not know: '%', the flags, width and
 * precision in glibc's spelling, the letter. */
static void put_unknown(struct bh_sink *k, const struct fmt_spec *sp)
{
	char buf[40], *end = buf + sizeof buf, *p;
	size_t n = 0;

	buf[n++] = '%';
	if (sp->flags & FL_ALT)
		buf[n++] = '#';
	if (sp->flags & FL_PLUS)
		buf[n++] = '+';
	else if (sp->flags & FL_SPACE)
		buf[n++] = ' ';
	if (sp->flags & FL_MINUS)
		buf[n++] = '-';
	else if (sp->flags & FL_ZERO)
		buf[n++] = '0';
	fmt_emit(k, buf, n);
	if (sp->width) {
		p = bh_digits(end, sp->width, 10, 0);
		fmt_emit(k, p, end - p);
	}
	if (sp->prec >= 0) {
		p = bh_digits(end, (unsigned int)sp->prec, 10, 0);
		if (p == end)
			*--p = '0';
		*--p = '.';
		fmt_emit(k, p, end - p);
	}
	fmt_emit(k, &sp->conv, 1);
}

/* %lc and %ls in the C locale: ASCII only; returns -1 for anything else. */
static int put_wide(struct bh_sink *k, const struct fmt_spec *sp,
		    const int *ws, size_t n)
{
	char buf[64];
	size_t i, fill;

	for (i = 0; i < n; i++)
		if (ws[i] < 0 || ws[i] > 0x7f)
			return -1;
	fill = sp->width > n ? sp->width - n : 0;
	if (!(sp->flags & FL_MINUS))
		fmt_pad(k, ' ', fill);
	while (n) {
		size_t chunk = n < sizeof buf ? n : sizeof buf;

		for (i = 0; i < chunk; i++)
			buf[i] = (char)ws[i];
		fmt_emit(k, buf, chunk);
		ws += chunk;
		n -= chunk;
	}
	if (sp->flags & FL_MINUS)
		fmt_pad(k, ' ', fill);
	return 0;
}

/* Prints one conversion; returns 0, or -1 with errno set. */
static int put_conv(struct bh_sink *k, struct conv *c, struct args *a,
		    int saved_errno)
{
	struct fmt_spec *sp = &c->s;
	enum arg_class cls = value_class(c);
	union arg v;

	if (c->wstar) {
		int w = take_int(a, c->wstar);

		if (w < 0) {
			sp->flags |= FL_MINUS;
			sp->width = 0u - (unsigned int)w;
		} else {
			sp->width = (size_t)w;
		}
	} else {
		sp->width = (size_t)c->width;
	}
	if (c->pstar) {
		int p = take_int(a, c->pstar);

		sp->prec = p < 0 ? -1 : p;
	} else {
		sp->prec = c->prec;
	}
	if (cls != ARG_NONE)
		take(a, cls, c->pos, &v);

	switch (sp->conv) {
	case 'd':
	case 'i': {
		long long s = signed_value(c, &v);
		unsigned long long u = s < 0 ? 0ULL - (unsigned long long)s
					     : (unsigned long long)s;

		put_number(k, sp, u, sign_prefix(s < 0, sp->flags), 10, 0);
		break;
	}
	case 'o':
	case 'u':
	case 'x':
	case 'X': {
		unsigned long long u = unsigned_value(c, &v);
		const char *prefix = "";
		int base = sp->conv == 'o' ? 8 : sp->conv == 'u' ? 10 : 16;

		/* '#' gives 0x only to nonzero values. */
		if ((sp->flags & FL_ALT) && base == 16 && u)
			prefix = sp->conv == 'x' ? "0x" : "0X";
		put_number(k, sp, u, prefix, base, sp->conv == 'X');
		break;
	}
	case 'p': {
		const void *ptr = (const void *)v.l;

		if (!ptr) {
			put_text(k, sp, "(nil)", 5);
			break;
		}
		/* As glibc: %#lx of the address, keeping '+' and ' '. */
		put_number(k, sp, (uintptr_t)ptr,
			   (sp->flags & FL_PLUS) ? "+0x" :
			   (sp->flags & FL_SPACE) ? " 0x" : "0x", 16, 0);
		break;
	}
	case 'S':
		c->len = LEN_L;
		/* fall through */
	case 's': {
		const char *s = (const char *)v.l;

		if (c->len == LEN_L && s) {
			const int *ws = (const int *)v.l;
			size_t n = 0;

			while ((sp->prec < 0 || n < (size_t)sp->prec) && ws[n])
				n++;
			if (put_wide(k, sp, ws, n) < 0)
				goto ilseq;
			break;
		}
		if (!s)
			s = sp->prec < 0 || sp->prec >= 6 ? "(null)" : "";
		put_text(k, sp, s,
			 sp->prec < 0 ? strlen(s) : strnlen(s, sp->prec));
		break;
	}
	case 'C':
		c->len = LEN_L;
		/* fall through */
	case 'c':
		if (c->len == LEN_L) {
			if (put_wide(k, sp, &v.i, 1) < 0)
				goto ilseq;
		} else {
			char ch = (char)v.i;

			put_text(k, sp, &ch, 1);
		}
		break;
	case 'm': {
		const char *s = strerror(saved_errno);

		put_text(k, sp, s,
			 sp->prec < 0 ? strlen(s) : strnlen(s, sp->prec));
		break;
	}
	case 'n':
		store_count(c, (void *)v.l, k->count);
		break;
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
	case 'a': case 'A': {
		struct fp_parts fp;

		if (cls == ARG_LDOUBLE)
			fp_split_long_double(v.ld, &fp);
		else
			fp_split_double(v.d, &fp);
		fmt_float(k, sp, &fp);
		break;
	}
	case '%':
		fmt_emit(k, "%", 1);
		break;
	default:
		put_unknown(k, sp);
		break;
	}
	return 0;
ilseq:
	errno = EILSEQ;
	return -1;
}

int bh_vformat(struct bh_sink *k, const char *fmt, va_list ap)
{
	int saved_errno = errno;
	/* numbered arguments need a table; only a format with a '$' can
	 * have them */
	union arg table[strchr(fmt, '$') ? ARG_MAX + 1 : 1];
	struct args a;
	int status = 0;

	k->count = 0;
	va_copy(a.ap, ap);
	a.table = NULL;
	a.next = 1;
	for (;;) {
		const char *start = fmt;
		struct conv c;

		while (*fmt && *fmt != '%')
			fmt++;
		fmt_emit(k, start, fmt - start);
		if (!*fmt)
			break;
		fmt = parse(fmt + 1, &c);
		if (!fmt) {		/* the format ends inside a conversion */
			errno = EINVAL;
			status = -1;
			break;
		}
		if (c.pos && !a.table) {
			if (fill_table(start, &a.ap, table) < 0) {
				errno = EINVAL;
				status = -1;
				break;
			}
			a.table = table;
		}
		if (put_conv(k, &c, &a, saved_errno) < 0) {
			status = -1;
			break;
		}
	}
	va_end(a.ap);
	if (status < 0)
		return -1;
	if (k->count > 0x7fffffff) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)k->count;
}
