/* strlen: length of a string, scanning aligned words for the terminator. */
#include <string.h>
#include "lib/string/word.h"

size_t strlen(const char *s)
{
	const char *p = s;
	const bh_word *w;

	for (; bh_misaligned(p); p++)
		if (!*p)
			return p - s;
	/* Aligned loads never cross into the next page, so reading past
	 * the terminator within its word is harmless. */
	for (w = (const bh_word *)p; !BH_HAS_ZERO(*w); w++)
		;
	for (p = (const char *)w; *p; p++)
		;
	return p - s;
}
