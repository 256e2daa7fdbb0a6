/* stpcpy: copies a string and returns a pointer to the copy's terminator. */
#include <string.h>

char *stpcpy(char *restrict dst, const char *restrict src)
{
	while ((*dst = *src++) != '\0')
		dst++;
	return dst;
}
