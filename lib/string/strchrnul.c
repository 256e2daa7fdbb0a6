/* strchrnul: the first c in s, or the end of s. */
#define _GNU_SOURCE
#include <string.h>
#include "lib/string/word.h"

char *strchrnul(const char *s, int c)
{
	return (char *)bh_find_or_nul(s, c);
}
