/* The messages of error numbers and signals, as glibc words them. */
#ifndef LIB_STRING_ERROR_TEXT_H
#define LIB_STRING_ERROR_TEXT_H

#include <stddef.h>

/* The message of errnum, or NULL when Linux has no such error number. */
const char *error_text(int errnum);

/* Writes "<prefix><n>" into buf, truncated to size bytes and terminated
 * when size is not 0; returns buf. */
char *text_with_number(char *buf, size_t size, const char *prefix, int n);

#endif
