/* strcasecmp, strncasecmp: compare strings ignoring ASCII case. */
#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	int d;

	while ((d = tolower(*p) - tolower(*q)) == 0 && *p)
		p++, q++;
	return d;
}

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
