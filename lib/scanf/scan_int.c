/* scanf's integer conversions: %d %i %o %u %x %X %p, as strtol reads. */
#include <limits.h>
#include <stdint.h>
#include "scan_impl.h"

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

void store_integer(void *p, enum length len, unsigned long long v)
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

int scan_integer(struct in *in, const struct conv *cv, void *dest)
{
	int base = 10, neg, overflow, big;
	unsigned long long v;

	switch (cv->letter) {
	case 'i': base = 0; break;
	case 'o': base = 8; break;
	case 'x': case 'X': case 'p': base = 16; break;
	default: break;
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
	big = cv->len == LEN_LL || cv->len == LEN_BIG || cv->len == LEN_J;
	if (cv->letter == 'd' || cv->letter == 'i')
		v = (unsigned long long)signed_result(neg, v, overflow, big);
	else
		v = unsigned_result(neg, v, overflow, big);
	store_integer(dest, cv->len, v);
	return 1;
}
