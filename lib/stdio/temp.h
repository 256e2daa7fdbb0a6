/* The temporary-file helpers of lib/stdio (tempname.c). */
#ifndef LIB_STDIO_TEMP_H
#define LIB_STDIO_TEMP_H

#include <stddef.h>

/*
 * Replaces the XXXXXX before the last suffix bytes of template and calls
 * make(template, arg) until it succeeds or fails other than with EEXIST.
 * make's result, or -1 with errno (EINVAL for a template without the X's).
 */
int temp_open(char *template, size_t suffix, int (*make)(const char *, int),
	      int arg);

/* The directory for temporary files: $TMPDIR if set, else /tmp. */
const char *temp_dir(void);

#endif
