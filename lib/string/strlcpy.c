/* strlcpy: a truncating, always terminated copy; returns strlen(src).
 * Weak: programs often carry their own. */
#include <string.h>

__attribute__((weak))
size_t strlcpy(char *__restrict dst, const char *__restrict src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}
