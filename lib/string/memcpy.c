/* memcpy: copies non-overlapping memory, a word at a time where it can. */
#include <string.h>
#include "lib/string/word.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	bh_copy_up(dst, src, n);
	return dst;
}
