/* strchr: finds the first occurrence of a character (or the terminator). */
#include <string.h>
#include "lib/string/word.h"

char *strchr(const char *s, int c)
{
	const char *p = bh_find_or_nul(s, c);

	return *p == (char)c ? (char *)p : NULL;
}
