/* strchrnul: the first c in s, or the end of s. */
#define _GNU_SOURCE
#include <string.h>

char *strchrnul(const char *s, int c)
{
	while (*s && *s != (char)c)
		s++;
	return (char *)s;
}
