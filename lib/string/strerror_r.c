/*
 * strerror_r in both of glibc's forms. The GNU one (a program with
 * _GNU_SOURCE) returns the message itself when it knows the number, else
 * "Unknown error N" written into buf. The XSI one (every other program:
 * <string.h> names it __xpg_strerror_r) copies the message into buf,
 * truncated and terminated, and returns 0, ERANGE when it did not fit, or
 * EINVAL for an unknown number.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "lib/string/error_text.h"

char *strerror_r(int errnum, char *buf, size_t size)
{
	const char *text = error_text(errnum);

	if (text)
		return (char *)text;
	return text_with_number(buf, size, "Unknown error ", errnum);
}

int __xpg_strerror_r(int errnum, char *buf, size_t size)
{
	const char *text = error_text(errnum);
	size_t len;

	if (!text) {
		text_with_number(buf, size, "Unknown error ", errnum);
		return EINVAL;
	}
	len = strlen(text);
	if (size)
		strlcpy(buf, text, size);
	return len < size ? 0 : ERANGE;
}
