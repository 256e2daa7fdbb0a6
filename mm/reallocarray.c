/*
 * reallocarray: realloc of nmemb * size bytes, refused with ENOMEM when
 * the product overflows. A file of its own, so that a program that defines
 * its own reallocarray (as some do, from before the C library had one)
 * links its copy and not this one.
 */
#include <errno.h>
#include <stdlib.h>

void *reallocarray(void *p, size_t nmemb, size_t size)
{
	size_t n;

	if (__builtin_mul_overflow(nmemb, size, &n)) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, n);
}
