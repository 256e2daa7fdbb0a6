/*
 * A program may replace the malloc family, as glibc allows: it defines
 * malloc, free, calloc and realloc, and the library's own users of the heap
 * (strdup here) call the program's. Built without the internal-name
 * renaming (test/Makefile).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static _Alignas(16) unsigned char pool[1 << 16];
static size_t used;
static int calls;

void *malloc(size_t n)
{
	void *p;

	calls++;
	n = (n + 15) & ~(size_t)15;
	if (n > sizeof(pool) - used)
		return NULL;
	p = pool + used;
	used += n;
	return p;
}

void free(void *p)
{
	(void)p;
}

void *calloc(size_t nmemb, size_t size)
{
	void *p = malloc(nmemb * size);

	if (p)
		memset(p, 0, nmemb * size);
	return p;
}

void *realloc(void *old, size_t n)
{
	void *p = malloc(n);

	if (p && old)
		memcpy(p, old, n);	/* the bump pool has room past old */
	return p;
}

int main(void)
{
	char *s = strdup("replaced");
	int before;

	CHECK(s != NULL);
	CHECK((unsigned char *)s >= pool && (unsigned char *)s < pool + sizeof(pool));
	CHECK_STR(s, "replaced");
	free(s);
	before = calls;
	s = calloc(4, 4);
	CHECK(calls == before + 1 && s && s[15] == 0);
	return check_done();
}
