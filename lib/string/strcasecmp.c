/* strcasecmp, strncasecmp: compare strings ignoring ASCII case.
 * Weak: programs often carry their own copies. */
#include <ctype.h>
#include <strings.h>

__attribute__((weak))
int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	int d;

	while ((d = tolower(*p) - tolower(*q)) == 0 && *p)
		p++, q++;
	return d;
}

__attribute__((weak))
int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	int d = 0;

	for (; n; n--, p++, q++)
		if ((d = tolower(*p) - tolower(*q)) != 0 || !*p)
			break;
	return d;
}
