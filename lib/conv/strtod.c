/* strtod: decimal or hexadecimal text to double, correctly rounded. */
#include <stdlib.h>
#include "pack.h"

double strtod(const char *__restrict s, char **__restrict end)
{
	struct fp_value v;
	size_t n = fp_parse(s, (size_t)-1, &fp_double, &v);

	if (end)
		*end = (char *)s + n;
	return fp_pack_double(&v);
}
