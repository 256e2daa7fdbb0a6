/*
 * calloc must return zeroes whatever the kernel does with released pages.
 * Large blocks filled with a pattern are freed until the release policy
 * hands their pages back (more than 2 MiB idle), then calloc takes the
 * same pages again. test/TESTS runs it plainly and, natively, under strace
 * with every madvise answered 0 and not done, as qemu-user before 7.1 did.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define BLOCK	(1024 * 1024)
#define COUNT	8

/* the first and last bytes of each page, and the words in between */
static size_t nonzero_bytes(const unsigned char *p, size_t n)
{
	size_t i, bad = 0;

	for (i = 0; i < n; i += 512)
		bad += p[i] != 0;
	bad += p[n - 1] != 0;
	return bad;
}

int main(void)
{
	unsigned char *p[COUNT];
	int round, i;

	for (round = 0; round < 3; round++) {
		for (i = 0; i < COUNT; i++) {
			p[i] = malloc(BLOCK);
			CHECK(p[i] != NULL);
			if (p[i])
				memset(p[i], 0xab, BLOCK);
		}
		for (i = 0; i < COUNT; i++)
			free(p[i]);
		for (i = 0; i < COUNT; i++) {
			p[i] = calloc(1, BLOCK);
			CHECK(p[i] != NULL);
			if (p[i])
				CHECK_UINT(nonzero_bytes(p[i], BLOCK), 0);
			memset(p[i], 0xcd, BLOCK);
		}
		for (i = 0; i < COUNT; i++)
			free(p[i]);
	}
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
