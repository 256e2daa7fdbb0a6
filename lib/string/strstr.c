/* strstr: finds the first occurrence of one string inside another. */
#include <string.h>

char *strstr(const char *haystack, const char *needle)
{
	size_t n;

	if (!needle[0])
		return (char *)haystack;
	n = strlen(needle);
	for (; (haystack = strchr(haystack, needle[0])) != NULL; haystack++)
		if (strncmp(haystack, needle, n) == 0)
			return (char *)haystack;
	return NULL;
}
