/* strtok_r: splits a string into tokens, the position kept in *save. */
#include <string.h>

char *strtok_r(char *__restrict s, const char *__restrict delim,
	       char **__restrict save)
{
	char *end;

	if (!s)
		s = *save;
	if (!s)
		return NULL;
	s += strspn(s, delim);
	if (!*s) {
		*save = s;
		return NULL;
	}
	end = s + strcspn(s, delim);
	if (*end)
		*end++ = '\0';
	*save = end;
	return s;
}
