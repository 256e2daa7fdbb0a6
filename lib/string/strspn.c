/* strspn: length of the prefix made only of bytes from a set. */
#include <string.h>

size_t strspn(const char *s, const char *accept)
{
	unsigned char set[256 / 8] = { 0 };
	const unsigned char *p;

	for (p = (const unsigned char *)accept; *p; p++)
		set[*p >> 3] |= 1u << (*p & 7);
	for (p = (const unsigned char *)s; set[*p >> 3] & (1u << (*p & 7)); p++)
		;
	return p - (const unsigned char *)s;
}
