/*
 * printf's floating-point conversions: %f %e %g from the exact decimal
 * expansion (decimal.c), rounded once in the current rounding mode, and
 * %a from the bits. The output is glibc's, inf, nan and -nan included.
 */
#include <string.h>
#include "decimal.h"

/* Digits of weights hi down to lo, in pieces. */
static void emit_digits(struct bh_sink *k, const struct decimal *d, int hi,
			int lo)
{
	char buf[64];
	size_t n = 0;

	for (; hi >= lo; hi--) {
		buf[n++] = (char)('0' + dec_digit(d, hi));
		if (n == sizeof buf) {
			fmt_emit(k, buf, n);
			n = 0;
		}
	}
	fmt_emit(k, buf, n);
}

/*
 * Starts a field of the prefix (sign, 0x) and a body of len bytes: spaces
 * or zeros from the width, then the prefix. Returns the spaces that go
 * after the body.
 */
static size_t open_field(struct bh_sink *k, const struct fmt_spec *sp,
			 const char *prefix, size_t plen, size_t len,
			 int numeric)
{
	size_t total = plen + len;
	size_t fill = sp->width > total ? sp->width - total : 0;

	if (sp->flags & FL_MINUS) {
		fmt_emit(k, prefix, plen);
		return fill;
	}
	if (numeric && (sp->flags & FL_ZERO)) {
		fmt_emit(k, prefix, plen);
		fmt_pad(k, '0', fill);
		return 0;
	}
	fmt_pad(k, ' ', fill);
	fmt_emit(k, prefix, plen);
	return 0;
}

/* The exponent's text, at least min_digits long, after its sign. */
static size_t exp_text(char *out, char letter, int x, int min_digits)
{
	char buf[8], *end = buf + sizeof buf, *p = end;
	unsigned int u = x < 0 ? 0u - (unsigned int)x : (unsigned int)x;
	size_t n = 0;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while (end - p < min_digits)
		*--p = '0';
	out[n++] = letter;
	out[n++] = x < 0 ? '-' : '+';
	while (p < end)
		out[n++] = *p++;
	return n;
}

/* %f %e %g (and upper case) of a finite value or zero. */
static void fmt_decimal(struct bh_sink *k, const struct fmt_spec *sp,
			const struct fp_parts *v, const char *sign, size_t slen)
{
	uint32_t limbs[DEC_LIMBS(v)];
	struct decimal d = { limbs, 0, 0 };
	enum fp_round mode = fp_round_mode();
	char style = (char)(sp->conv | 0x20), etext[12];
	int prec = sp->prec < 0 ? 6 : sp->prec, alt = sp->flags & FL_ALT;
	int top, strip = 0, point;
	size_t len, elen = 0, after;

	if (style == 'g') {
		if (!prec)
			prec = 1;
		if (!dec_fast(&d, v, 'e', prec - 1, mode)) {
			dec_init(&d, v->kind == FP_KIND_ZERO ? 0 : v->m, v->e);
			dec_round(&d, dec_top(&d) - (prec - 1), mode, v->neg);
		}
		top = dec_top(&d);
		if (prec > top && top >= -4) {
			style = 'f';
			prec = prec - 1 - top;
		} else {
			style = 'e';
			prec = prec - 1;
		}
		strip = !alt;
	} else if (!dec_fast(&d, v, style, prec, mode)) {
		dec_init(&d, v->kind == FP_KIND_ZERO ? 0 : v->m, v->e);
		dec_round(&d, style == 'e' ? dec_top(&d) - prec : -prec, mode,
			  v->neg);
	}
	top = dec_top(&d);

	if (style == 'f') {
		while (strip && prec > 0 && !dec_digit(&d, -prec))
			prec--;
		point = prec > 0 || alt;
		len = (size_t)(top > 0 ? top + 1 : 1) + (size_t)point +
		      (size_t)prec;
	} else {
		while (strip && prec > 0 && !dec_digit(&d, top - prec))
			prec--;
		point = prec > 0 || alt;
		elen = exp_text(etext, sp->conv == 'E' || sp->conv == 'G' ?
				'E' : 'e', top, 2);
		len = 1 + (size_t)point + (size_t)prec + elen;
	}

	after = open_field(k, sp, sign, slen, len, 1);
	if (style == 'f') {
		emit_digits(k, &d, top > 0 ? top : 0, 0);
		if (point)
			fmt_emit(k, ".", 1);
		emit_digits(k, &d, -1, -prec);
	} else {
		emit_digits(k, &d, top, top);
		if (point)
			fmt_emit(k, ".", 1);
		emit_digits(k, &d, top - 1, top - prec);
		fmt_emit(k, etext, elen);
	}
	fmt_pad(k, ' ', after);
}

/* %a and %A: hex digits of the significand, p, the binary exponent. */
static void fmt_hex(struct bh_sink *k, const struct fmt_spec *sp,
		    const struct fp_parts *v, const char *sign, size_t slen)
{
	const char *set = sp->conv == 'A' ? "0123456789ABCDEF"
					  : "0123456789abcdef";
	int fd = v->hex_frac, ndig, exp = 0, i, lead;
	fp_mant m = 0, frac = 0;
	char prefix[4], body[40], etext[12];
	size_t plen = slen, n = 0, elen, after;

	if (v->kind != FP_KIND_ZERO) {
		m = v->m;
		exp = v->e + 4 * fd;
	}
	if (sp->prec >= 0 && sp->prec < fd) {
		int drop = 4 * (fd - sp->prec);
		fp_mant rest = m & (((fp_mant)1 << drop) - 1);
		fp_mant half = (fp_mant)1 << (drop - 1);

		m >>= drop;
		m += (fp_mant)fp_round_up(fp_round_mode(), v->neg,
			rest > half ? 1 : rest < half ? -1 : 0, rest != 0,
			(int)(m & 1));
		fd = sp->prec;
	}
	lead = (int)(m >> (4 * fd));
	frac = fd ? m & (((fp_mant)1 << (4 * fd)) - 1) : 0;
	if (lead >= 16) {	/* x87: 0xf.f rounded up to 0x10 */
		lead >>= 4;
		exp += 4;
	}
	ndig = fd;
	if (sp->prec < 0)
		while (ndig > 0 && !(frac >> (4 * (fd - ndig)) & 15))
			ndig--;

	memcpy(prefix, sign, slen);
	prefix[plen++] = '0';
	prefix[plen++] = sp->conv == 'A' ? 'X' : 'x';
	body[n++] = set[lead];
	if (ndig > 0 || (sp->flags & FL_ALT) || sp->prec > 0)
		body[n++] = '.';
	for (i = 0; i < ndig; i++)
		body[n++] = set[(int)(frac >> (4 * (fd - 1 - i))) & 15];
	elen = exp_text(etext, sp->conv == 'A' ? 'P' : 'p', exp, 1);

	after = open_field(k, sp, prefix, plen,
			   n + elen + (size_t)(sp->prec > ndig ?
					       sp->prec - ndig : 0), 1);
	fmt_emit(k, body, n);
	if (sp->prec > ndig)
		fmt_pad(k, '0', (size_t)(sp->prec - ndig));
	fmt_emit(k, etext, elen);
	fmt_pad(k, ' ', after);
}

void fmt_float(struct bh_sink *k, const struct fmt_spec *sp,
	       const struct fp_parts *v)
{
	int upper = sp->conv >= 'A' && sp->conv <= 'Z';
	char sign[2];
	size_t slen = 0, after;

	if (v->neg)
		sign[slen++] = '-';
	else if (sp->flags & FL_PLUS)
		sign[slen++] = '+';
	else if (sp->flags & FL_SPACE)
		sign[slen++] = ' ';

	if (v->kind == FP_KIND_INF || v->kind == FP_KIND_NAN) {
		const char *t = v->kind == FP_KIND_INF ? (upper ? "INF" : "inf")
						       : (upper ? "NAN" : "nan");

		after = open_field(k, sp, sign, slen, 3, 0);
		fmt_emit(k, t, 3);
		fmt_pad(k, ' ', after);
	} else if ((sp->conv | 0x20) == 'a') {
		fmt_hex(k, sp, v, sign, slen);
	} else if (v->pseudo_denormal) {
		struct fp_parts w = *v;

		w.m &= ~((fp_mant)1 << 63);
		w.kind = w.m ? FP_KIND_FINITE : FP_KIND_ZERO;
		fmt_decimal(k, sp, &w, sign, slen);
	} else {
		fmt_decimal(k, sp, v, sign, slen);
	}
}
