/* strlcat: a truncating, always terminated append; returns the length it
 * tried to make. Weak: programs often carry their own. */
#include <string.h>

__attribute__((weak))
size_t strlcat(char *__restrict dst, const char *__restrict src, size_t size)
{
	size_t used = strnlen(dst, size);

	if (used == size)
		return size + strlen(src);
	return used + strlcpy(dst + used, src, size - used);
}
