/* strsep: cuts the next field off *sp at any character of delim. */
#include <string.h>

char *strsep(char **__restrict sp, const char *__restrict delim)
{
	char *s = *sp, *end;

	if (!s)
		return NULL;
	end = s + strcspn(s, delim);
	if (*end)
		*end++ = '\0';
	else
		end = NULL;
	*sp = end;
	return s;
}
