/*
 * nan("n-char-sequence"): a quiet NaN whose payload is the number the
 * string spells (decimal, 0x hex or 0 octal, as strtoull); any other
 * string gives the default quiet NaN.
 */
#include "libm.h"

int nan_payload(const char *s, uint64_t *v)
{
	unsigned int base = 10, d;

	*v = 0;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && s[2]) {
		base = 16;
		s += 2;
	} else if (s[0] == '0') {
		base = 8;
	}
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			d = (unsigned int)(*s - '0');
		else if (*s >= 'a' && *s <= 'z')
			d = (unsigned int)(*s - 'a' + 10);
		else if (*s >= 'A' && *s <= 'Z')
			d = (unsigned int)(*s - 'A' + 10);
		else
			return 0;
		if (d >= base)
			return 0;
		*v = *v * base + d;
	}
	return 1;
}

double nan(const char *s)
{
	uint64_t v;

	if (!nan_payload(s, &v))
		v = 0;
	return asdouble(0x7ff8000000000000ULL | (v & 0x0007ffffffffffffULL));
}

float nanf(const char *s)
{
	uint64_t v;

	if (!nan_payload(s, &v))
		v = 0;
	return asfloat(0x7fc00000 | (uint32_t)(v & 0x003fffff));
}
