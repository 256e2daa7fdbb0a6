/* imaxabs, imaxdiv, strtoimax, strtoumax: <inttypes.h>'s intmax_t (long
 * long or long: 64 bits on every target) versions. */
#include <inttypes.h>
#include <stdlib.h>

_Static_assert(sizeof(intmax_t) == sizeof(long long), "intmax_t is 64-bit");

intmax_t imaxabs(intmax_t x)
{
	return x < 0 ? -x : x;
}

imaxdiv_t imaxdiv(intmax_t num, intmax_t den)
{
	imaxdiv_t r = { num / den, num % den };

	return r;
}

intmax_t strtoimax(const char *__restrict s, char **__restrict end, int base)
{
	return strtoll(s, end, base);
}

uintmax_t strtoumax(const char *__restrict s, char **__restrict end, int base)
{
	return strtoull(s, end, base);
}
