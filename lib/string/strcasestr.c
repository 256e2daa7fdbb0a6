/* strcasestr: strstr ignoring ASCII case. */
#define _GNU_SOURCE
#include <string.h>

char *strcasestr(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);

	for (; *haystack; haystack++)
		if (strncasecmp(haystack, needle, n) == 0)
			return (char *)haystack;
	return n ? NULL : (char *)haystack;
}
