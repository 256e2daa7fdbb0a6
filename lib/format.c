/* bh_vformat: the one printf-family formatter (integers, strings, characters, pointers). */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <kernel/runtime.h>
#include "stdio_impl.h"

#define FL_MINUS	0x01	/* '-': pad on the right */
#define FL_PLUS		0x02	/* '+': sign for positive numbers */
#define FL_SPACE	0x04	/* ' ': space for positive numbers */
#define FL_ALT		0x08	/* '#': 0 or 0x prefix */
#define FL_ZERO		0x10	/* '0': pad numbers with zeros */

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_J, LEN_T };

/* One conversion's settings. */
struct spec {
	unsigned int flags;
	size_t width;
	int prec;		/* -1 when none was given */
};

static void emit(struct bh_sink *k, const char *p, size_t n)
{
	if (n) {
		k->write(k, p, n);
		k->count += n;
	}
}

static void pad(struct bh_sink *k, char c, size_t n)
{
	static const char spaces[33] = "                                ";
	static const char zeros[33] = "00000000000000000000000000000000";
	const char *src = c == '0' ? zeros : spaces;

	while (n) {
		size_t chunk = n < 32 ? n : 32;

		emit(k, src, chunk);
		n -= chunk;
	}
}

/*
 * Prints a number: sign or prefix, zeros from the precision (or from the
 * width with the 0 flag), the digits, and space padding.
 */
static void put_number(struct bh_sink *k, const struct spec *sp,
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
		pad(k, ' ', sp->width - total);
	emit(k, prefix, nprefix);
	pad(k, '0', zeros);
	emit(k, p, ndigits);
	if ((sp->flags & FL_MINUS) && sp->width > total)
		pad(k, ' ', sp->width - total);
}

/* Prints n bytes of s padded to the width; the 0 flag does not apply. */
static void put_text(struct bh_sink *k, const struct spec *sp,
		     const char *s, size_t n)
{
	size_t fill = sp->width > n ? sp->width - n : 0;

	if (!(sp->flags & FL_MINUS))
		pad(k, ' ', fill);
	emit(k, s, n);
	if (sp->flags & FL_MINUS)
		pad(k, ' ', fill);
}

/* Reads decimal digits, saturating far beyond any useful value. */
static size_t read_number(const char **fmt)
{
	const char *p = *fmt;
	size_t n = 0;

	for (; *p >= '0' && *p <= '9'; p++)
		n = n < 0x10000000 ? n * 10 + (size_t)(*p - '0') : n;
	*fmt = p;
	return n;
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

int bh_vformat(struct bh_sink *k, const char *fmt, va_list ap)
{
	k->count = 0;
	for (;;) {
		const char *start = fmt;
		struct spec sp = { 0, 0, -1 };
		enum length len = LEN_NONE;
		unsigned long long v;
		int base = 10;
		char conv;

		while (*fmt && *fmt != '%')
			fmt++;
		emit(k, start, fmt - start);
		if (!*fmt)
			break;
		start = fmt++;		/* the '%' */

		for (;; fmt++) {
			if (*fmt == '-')
				sp.flags |= FL_MINUS;
			else if (*fmt == '+')
				sp.flags |= FL_PLUS;
			else if (*fmt == ' ')
				sp.flags |= FL_SPACE;
			else if (*fmt == '#')
				sp.flags |= FL_ALT;
			else if (*fmt == '0')
				sp.flags |= FL_ZERO;
			else
				break;
		}

		if (*fmt == '*') {
			int w = va_arg(ap, int);

			fmt++;
			if (w < 0) {
				sp.flags |= FL_MINUS;
				sp.width = 0u - (unsigned int)w;
			} else {
				sp.width = (size_t)w;
			}
		} else {
			sp.width = read_number(&fmt);
		}

		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				int pr = va_arg(ap, int);

				fmt++;
				sp.prec = pr < 0 ? -1 : pr;
			} else {
				size_t pr = read_number(&fmt);

				sp.prec = pr > 0x7fffffff ? 0x7fffffff : (int)pr;
			}
		}

		switch (*fmt) {
		case 'h':
			fmt++;
			len = LEN_H;
			if (*fmt == 'h') {
				fmt++;
				len = LEN_HH;
			}
			break;
		case 'l':
			fmt++;
			len = LEN_L;
			if (*fmt == 'l') {
				fmt++;
				len = LEN_LL;
			}
			break;
		case 'z':
			fmt++;
			len = LEN_Z;
			break;
		case 'j':
			fmt++;
			len = LEN_J;
			break;
		case 't':
			fmt++;
			len = LEN_T;
			break;
		default:
			break;
		}

		conv = *fmt;
		if (!conv)
			break;		/* a conversion cut off by the end: dropped */
		fmt++;

		switch (conv) {
		case 'd':
		case 'i': {
			long long s;

			switch (len) {
			case LEN_HH: s = (signed char)va_arg(ap, int); break;
			case LEN_H: s = (short)va_arg(ap, int); break;
			case LEN_L: s = va_arg(ap, long); break;
			case LEN_LL: s = va_arg(ap, long long); break;
			case LEN_Z: s = (ptrdiff_t)va_arg(ap, size_t); break;
			case LEN_J: s = va_arg(ap, intmax_t); break;
			case LEN_T: s = va_arg(ap, ptrdiff_t); break;
			default: s = va_arg(ap, int); break;
			}
			v = s < 0 ? 0ULL - (unsigned long long)s
				  : (unsigned long long)s;
			put_number(k, &sp, v, sign_prefix(s < 0, sp.flags),
				   10, 0);
			break;
		}
		case 'o':
		case 'u':
		case 'x':
		case 'X': {
			const char *prefix = "";

			switch (len) {
			case LEN_HH: v = (unsigned char)va_arg(ap, unsigned int); break;
			case LEN_H: v = (unsigned short)va_arg(ap, unsigned int); break;
			case LEN_L: v = va_arg(ap, unsigned long); break;
			case LEN_LL: v = va_arg(ap, unsigned long long); break;
			case LEN_Z: v = va_arg(ap, size_t); break;
			case LEN_J: v = va_arg(ap, uintmax_t); break;
			case LEN_T: v = (size_t)va_arg(ap, ptrdiff_t); break;
			default: v = va_arg(ap, unsigned int); break;
			}
			if (conv == 'o')
				base = 8;
			else if (conv != 'u')
				base = 16;
			/* '#' gives 0x only to nonzero values. */
			if ((sp.flags & FL_ALT) && base == 16 && v)
				prefix = conv == 'x' ? "0x" : "0X";
			put_number(k, &sp, v, prefix, base, conv == 'X');
			break;
		}
		case 'p': {
			const void *ptr = va_arg(ap, const void *);

			if (!ptr) {
				put_text(k, &sp, "(nil)", 5);
				break;
			}
			/* As glibc: %#x of the address, keeping '+' and ' '. */
			put_number(k, &sp, (uintptr_t)ptr,
				   (sp.flags & FL_PLUS) ? "+0x" :
				   (sp.flags & FL_SPACE) ? " 0x" : "0x", 16, 0);
			break;
		}
		case 's': {
			const char *s = va_arg(ap, const char *);

			if (!s)
				s = sp.prec < 0 || sp.prec >= 6 ? "(null)" : "";
			put_text(k, &sp, s,
				 sp.prec < 0 ? strlen(s) : strnlen(s, sp.prec));
			break;
		}
		case 'c': {
			char c = (char)va_arg(ap, int);

			put_text(k, &sp, &c, 1);
			break;
		}
		case '%':
			emit(k, "%", 1);
			break;
		default:
			/* Unknown: the whole specification, as written. */
			emit(k, start, fmt - start);
			break;
		}
	}
	if (k->count > 0x7fffffff) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)k->count;
}
