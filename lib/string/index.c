/* index, rindex: the BSD names of strchr, strrchr.
 * Weak: programs often carry their own copies. */
#include <string.h>
#include <strings.h>

__attribute__((weak))
char *index(const char *s, int c)
{
	return strchr(s, c);
}

__attribute__((weak))
char *rindex(const char *s, int c)
{
	return strrchr(s, c);
}
