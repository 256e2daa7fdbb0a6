/* strcspn: length of the prefix made only of bytes not in a set. */
#include <string.h>

size_t strcspn(const char *s, const char *reject)
{
	unsigned char set[256 / 8] = { 1 };	/* the terminator stops the scan */
	const unsigned char *p;

	for (p = (const unsigned char *)reject; *p; p++)
		set[*p >> 3] |= 1u << (*p & 7);
	for (p = (const unsigned char *)s; !(set[*p >> 3] & (1u << (*p & 7))); p++)
		;
	return p - (const unsigned char *)s;
}
