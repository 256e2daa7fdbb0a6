/* strtof: text to float, rounded once (never through double). */
#include <stdlib.h>
#include "pack.h"

float strtof(const char *__restrict s, char **__restrict end)
{
	struct fp_value v;
	size_t n = fp_parse(s, (size_t)-1, &fp_float, &v);

	if (end)
		*end = (char *)s + n;
	return fp_pack_float(&v);
}
