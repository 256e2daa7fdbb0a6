/*
 * fp_parse: see strtofp.h. The digits become a big integer N (the first
 * kdigits significant ones; any nonzero digit after them only sets a
 * sticky bit) with value N * 10^E. For E >= 0 the value is the integer
 * N * 5^E times 2^E; for E < 0 it is N / 5^-E times 2^E, whose first
 * FP_MANT_BITS + 1 bits come from long division. Those bits and the
 * sticky bit are rounded once, in the current rounding mode, to the
 * format's precision, fewer for subnormals.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "big.h"
#include "strtofp.h"

#define W	FP_MANT_BITS

/* The first W + 1 bits of a value and whether anything follows them. */
struct lead_bits {
	fp_mant q;		/* the first W, top bit set */
	int g;			/* the next one */
	int sticky;
	int x;			/* the value is about q * 2^x */
};

/* Any of the n lowest bits of q is set (n < W). */
static int low_bits(fp_mant q, int n)
{
	return n > 0 && (q & (((fp_mant)1 << n) - 1)) != 0;
}

/* b * 2^x, with extra the sticky bit of digits beyond b. */
static void top_bits(const struct big *b, int x, int extra,
		     struct lead_bits *r)
{
	int len = big_bits(b);

	if (len >= W)
		r->q = big_get_mant(b, len - W);
	else
		r->q = big_get_mant(b, 0) << (W - len);
	r->g = big_bit(b, len - W - 1);
	r->sticky = extra || big_low_bits(b, len - W - 1);
	r->x = x + len - W;
}

/* Rounds r to the format, sets v and errno. */
static void round_to(const struct fp_format *f, const struct lead_bits *r,
		     struct fp_value *v)
{
	enum fp_round mode = fp_round_mode();
	int lead = r->x + W - 1, keep = f->p, first, rest, up, tiny;
	fp_mant m;

	if (lead < f->emin)
		keep = f->p - (f->emin - lead);
	if (keep >= 1) {
		m = keep == W ? r->q : r->q >> (W - keep);
		first = keep < W ? (int)(r->q >> (W - 1 - keep) & 1) : r->g;
		rest = low_bits(r->q, W - 1 - keep) || (keep < W && r->g) ||
		       r->sticky;
	} else {
		m = 0;
		first = keep == 0;
		rest = keep < 0 || (r->q << 1) || r->g || r->sticky;
	}
	up = fp_round_up(mode, v->neg, first ? rest : -1, first || rest,
			 (int)(m & 1));
	v->kind = FP_KIND_FINITE;
	v->e = lead - keep + 1;
	m += (fp_mant)up;
	if (keep == f->p && (keep == W ? m == 0 : m >> keep)) {
		m = (fp_mant)1 << (f->p - 1);		/* 1.11..1 rounded up */
		v->e++;
	}
	v->m = m;
	if (!m)
		v->kind = FP_KIND_ZERO;

	if (v->e + f->p - 1 > f->emax) {
		errno = ERANGE;
		if (mode == FP_ROUND_ZERO ||
		    (mode == FP_ROUND_UP && v->neg) ||
		    (mode == FP_ROUND_DOWN && !v->neg)) {
			v->m = f->p == W ? ~(fp_mant)0 : ((fp_mant)1 << f->p) - 1;
			v->e = f->emax - f->p + 1;
		} else {
			v->kind = FP_KIND_INF;
		}
		return;
	}
	/* Underflow: tiny and inexact. x87, SSE and RISC-V judge tininess
	 * after rounding (to p bits, as if the exponent had no lower
	 * bound), ARM before it; glibc's strtod follows the hardware. */
	tiny = lead < f->emin;
#if defined(__i386__) || defined(__x86_64__) || defined(__riscv)
	if (lead == f->emin - 1 && f->p < W) {
		fp_mant q = r->q >> (W - 1 - f->p);	/* p+1 bits */
		int half = (int)(q & 1);
		int more = low_bits(r->q, W - 1 - f->p) || r->g || r->sticky;

		if ((q >> 1) == ((fp_mant)1 << f->p) - 1 &&
		    fp_round_up(mode, v->neg, half ? more : -1, half || more, 1))
			tiny = 0;
	} else if (lead == f->emin - 1) {
		if (r->q == ~(fp_mant)0 &&
		    fp_round_up(mode, v->neg, r->g ? r->sticky : -1,
				r->g || r->sticky, 1))
			tiny = 0;
	}
#endif
	if (tiny && (first || rest))
		errno = ERANGE;
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Case-insensitive prefix match of word at s, within the limit. */
static int match(const char *s, size_t room, const char *word)
{
	size_t i;

	for (i = 0; word[i]; i++)
		if (i >= room || lower((unsigned char)s[i]) != word[i])
			return 0;
	return 1;
}

/* Reads an exponent's digits after 'e' or 'p' (at s[*i]): 0 if none. */
static int read_exponent(const char *s, size_t *i, size_t max, long *out)
{
	size_t j = *i;
	int neg = 0;
	long e = 0;

	if (j < max && (s[j] == '+' || s[j] == '-'))
		neg = s[j++] == '-';
	if (j >= max || s[j] < '0' || s[j] > '9')
		return 0;
	for (; j < max && s[j] >= '0' && s[j] <= '9'; j++)
		e = e < 100000000 ? e * 10 + (s[j] - '0') : e;
	*out = neg ? -e : e;
	*i = j;
	return 1;
}

static size_t parse_hex(const char *s, size_t i, size_t max,
			const struct fp_format *f, struct fp_value *v,
			uint32_t *words)
{
	struct big b = { 0, words };
	struct lead_bits r;
	long x = 0, pexp;
	int digits = 0, seen = 0, point = 0, sticky = 0, d;

	for (; i < max; i++) {
		if (s[i] == '.' && !point) {
			point = 1;
			continue;
		}
		d = hex_value((unsigned char)s[i]);
		if (d < 0)
			break;
		seen = 1;
		if (!b.n && !d) {		/* a leading zero */
			x -= point ? 4 : 0;
			continue;
		}
		if (digits < 40) {	/* 160 bits are plenty for 113 */
			big_mul_add(&b, 16, (uint32_t)d);
			digits++;
			x -= point ? 4 : 0;
		} else {
			sticky |= d != 0;
			x += point ? 0 : 4;
		}
	}
	if (!seen)
		return 0;
	if (i < max && lower((unsigned char)s[i]) == 'p') {
		size_t j = i + 1;

		if (read_exponent(s, &j, max, &pexp)) {
			x += pexp;
			i = j;
		}
	}
	if (!b.n) {
		v->kind = FP_KIND_ZERO;
		return i;
	}
	if (x > 70000)
		x = 70000;
	if (x < -70000)
		x = -70000;
	top_bits(&b, (int)x, sticky, &r);
	round_to(f, &r, v);
	return i;
}

static size_t parse_decimal(const char *s, size_t i, size_t max,
			    const struct fp_format *f, struct fp_value *v,
			    uint32_t *words)
{
	struct big n = { 0, words }, d = { 0, words + f->limbs };
	struct lead_bits r;
	long e = 0, x;
	int kept = 0, seen = 0, point = 0, sticky = 0, chunk_len = 0, k;
	uint32_t chunk = 0;

	for (; i < max; i++) {
		int c = (unsigned char)s[i];

		if (c == '.' && !point) {
			point = 1;
			continue;
		}
		if (c < '0' || c > '9')
			break;
		seen = 1;
		if (!kept && c == '0') {	/* a leading zero */
			e -= point;
			continue;
		}
		if (kept < f->kdigits) {
			chunk = chunk * 10 + (uint32_t)(c - '0');
			if (++chunk_len == 9) {
				big_mul_add(&n, 1000000000u, chunk);
				chunk = 0;
				chunk_len = 0;
			}
			kept++;
			e -= point;
		} else {
			sticky |= c != '0';
			e += !point;
		}
	}
	if (!seen)
		return 0;
	if (i < max && lower((unsigned char)s[i]) == 'e') {
		size_t j = i + 1;
		long ex;

		if (read_exponent(s, &j, max, &ex)) {
			e += ex;
			i = j;
		}
	}
	if (chunk_len) {
		uint32_t scale = 1;

		for (k = 0; k < chunk_len; k++)
			scale *= 10;
		big_mul_add(&n, scale, chunk);
	}
	if (!kept) {
		v->kind = FP_KIND_ZERO;
		return i;
	}
	x = e + kept - 1;		/* the leading digit's decimal exponent */
	if (x > f->max10 || x < f->min10) {
		/* far beyond the format: overflow, or below half the least
		 * subnormal */
		r.q = (fp_mant)1 << (W - 1);
		r.g = 0;
		r.sticky = 1;
		r.x = (x > 0 ? f->emax + 8 : f->emin - f->p - 8) - (W - 1);
		round_to(f, &r, v);
		return i;
	}
	if (e >= 0) {
		big_mul_pow5(&n, (int)e);
		top_bits(&n, (int)e, sticky, &r);
	} else {
		/* N * 2^s / 5^-E with W + 2 or W + 3 bits, then the
		 * remainder */
		struct big q = { 0, words + 2 * f->limbs };
		int s;

		big_set(&d, 1);
		big_mul_pow5(&d, (int)-e);
		s = W + 2 - (big_bits(&n) - big_bits(&d));
		if (s > 0)
			big_shl(&n, s);
		else
			big_shl(&d, -s);
		big_divmod(&n, &d, &q);
		top_bits(&q, (int)e - s, sticky || n.n, &r);
	}
	round_to(f, &r, v);
	return i;
}

/* nan(chars): chars that are one whole number (base 0, as strtoull reads
 * it) give the NaN's payload, anything else none. As with glibc, a number
 * beyond 64 bits at their start sets ERANGE, and as the whole it gives a
 * payload of all ones. */
static unsigned long long nan_payload(const char *p, const char *end)
{
	unsigned long long v = 0;
	unsigned int base = 10;
	int d, over = 0;

	if (p == end)
		return 0;
	if (*p == '0') {
		base = 8;
		if (end - p > 1 && lower((unsigned char)p[1]) == 'x') {
			base = 16;
			p += 2;
			if (p == end)
				return 0;
		}
	}
	for (; p < end; p++) {
		d = hex_value((unsigned char)*p);
		if (d < 0 || (unsigned int)d >= base)
			break;
		over |= v > (~0ULL - (unsigned int)d) / base;
		v = v * base + (unsigned int)d;
	}
	if (over)
		errno = ERANGE;
	return p < end ? 0 : over ? ~0ULL : v;
}

size_t fp_parse(const char *s, size_t max, const struct fp_format *f,
		struct fp_value *v)
{
	uint32_t words[2 * f->limbs + 8];
	size_t i = 0, end;

	memset(v, 0, sizeof *v);
	v->kind = FP_KIND_ZERO;
	while (i < max && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')))
		i++;
	if (i < max && (s[i] == '+' || s[i] == '-'))
		v->neg = s[i++] == '-';

	if (match(s + i, max - i, "inf")) {
		v->kind = FP_KIND_INF;
		return i + (match(s + i, max - i, "infinity") ? 8 : 3);
	}
	if (match(s + i, max - i, "nan")) {
		size_t j = i + 3;

		v->kind = FP_KIND_NAN;
		if (j < max && s[j] == '(') {
			for (j++; j < max && (s[j] == '_' ||
					      (s[j] >= '0' && s[j] <= '9') ||
					      (lower((unsigned char)s[j]) >= 'a' &&
					       lower((unsigned char)s[j]) <= 'z'));
			     j++)
				;
			if (j < max && s[j] == ')') {
				v->m = nan_payload(s + i + 4, s + j);
				return j + 1;
			}
		}
		return i + 3;
	}
	if (i + 1 < max && s[i] == '0' && lower((unsigned char)s[i + 1]) == 'x') {
		end = parse_hex(s, i + 2, max, f, v, words);
		if (end)
			return end;
		v->kind = FP_KIND_ZERO;
		return i + 1;		/* just the "0" */
	}
	end = parse_decimal(s, i, max, f, v, words);
	if (!end)
		v->neg = 0;
	return end;
}
