/* strtol, strtoll, strtoul, strtoull: string to integer with range checks. */
#include <errno.h>
#include <stdlib.h>

#define ULONG_MAX_	(__LONG_MAX__ * 2UL + 1)
#define ULLONG_MAX_	(__LONG_LONG_MAX__ * 2ULL + 1)

static unsigned int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/*
 * Reads space, an optional sign and digits in base. Returns the magnitude,
 * and sets *over (the magnitude is then meaningless) when it does not fit in
 * unsigned long long. *end gets the first unused character, or s itself when
 * there were no digits.
 */
static unsigned long long scan(const char *s, char **end, int base,
			       int *neg, int *over)
{
	const char *p = s;
	unsigned long long v = 0;
	int any = 0;

	*neg = 0;
	*over = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '-' || *p == '+')
		*neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' &&
	    (p[1] == 'x' || p[1] == 'X') && digit_value(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}
	for (;; p++) {
		unsigned int d = digit_value(*p);

		if (d >= (unsigned int)base)
			break;
		any = 1;
		if (!*over &&
		    (__builtin_mul_overflow(v, (unsigned int)base, &v) ||
		     __builtin_add_overflow(v, d, &v)))
			*over = 1;
	}
	if (end)
		*end = (char *)(any ? p : s);
	return v;
}

unsigned long long strtoull(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = scan(s, end, base, &neg, &over);

	if (over) {
		errno = ERANGE;
		return ULLONG_MAX_;
	}
	return neg ? 0ULL - v : v;
}

unsigned long strtoul(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = scan(s, end, base, &neg, &over);

	if (over || v > ULONG_MAX_) {
		errno = ERANGE;
		return ULONG_MAX_;
	}
	return neg ? 0UL - (unsigned long)v : (unsigned long)v;
}

long long strtoll(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = scan(s, end, base, &neg, &over);
	unsigned long long limit = (unsigned long long)__LONG_LONG_MAX__ + neg;

	if (over || v > limit) {
		errno = ERANGE;
		return neg ? -__LONG_LONG_MAX__ - 1 : __LONG_LONG_MAX__;
	}
	/* Two's complement wrap-around, as gcc defines the conversion. */
	return neg ? (long long)(0ULL - v) : (long long)v;
}

long strtol(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = scan(s, end, base, &neg, &over);
	unsigned long long limit = (unsigned long long)__LONG_MAX__ + neg;

	if (over || v > limit) {
		errno = ERANGE;
		return neg ? -__LONG_MAX__ - 1 : __LONG_MAX__;
	}
	return neg ? (long)(0UL - (unsigned long)v) : (long)v;
}
