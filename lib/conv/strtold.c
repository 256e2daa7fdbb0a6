/* strtold: text to long double (x87 extended on x86, double on arm). */
#include <stdlib.h>
#include "pack.h"

long double strtold(const char *__restrict s, char **__restrict end)
{
	struct fp_value v;
	size_t n = fp_parse(s, (size_t)-1, &fp_long_double, &v);

	if (end)
		*end = (char *)s + n;
	return fp_pack_long_double(&v);
}
