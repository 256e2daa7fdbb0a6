/* text_with_number: "Unknown error -5" and the like, without printf. */
#include <string.h>
#include "kernel/runtime.h"
#include "lib/string/error_text.h"

char *text_with_number(char *buf, size_t size, const char *prefix, int n)
{
	char digits[16], *d = digits + sizeof digits;
	size_t len;

	*--d = '\0';
	d = bh_digits(d, n < 0 ? 0ULL - (unsigned long long)(long long)n :
			 (unsigned long long)n, 10, 0);
	if (n == 0)
		*--d = '0';
	if (n < 0)
		*--d = '-';
	if (!size)
		return buf;
	len = strlen(prefix);
	if (len >= size)
		len = size - 1;
	memcpy(buf, prefix, len);
	strlcpy(buf + len, d, size - len);
	return buf;
}
