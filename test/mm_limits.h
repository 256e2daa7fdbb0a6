/*
 * What the tests of limits changed at run time share (test/mm_lower.c,
 * test/mm_raise.c): 256 KiB blocks whose first 64 bytes hold their index,
 * what the process holds, and sizes with K, M, G.
 */
#ifndef TEST_MM_LIMITS_H
#define TEST_MM_LIMITS_H

#include <fcntl.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK (256 * 1024)
#define MAX_BLOCKS 20000

static char *blocks[MAX_BLOCKS];

/* What the process holds of address space (/proc/self/statm), or 0. */
static uint64_t vm_size(void)
{
	char buf[128];
	int fd = open("/proc/self/statm", O_RDONLY);
	long n;

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	return strtoull(buf, NULL, 10) * (uint64_t)sysconf(_SC_PAGESIZE);
}

/* Grows the stack now, while the limit allows, so that the calls after it
 * need no stack growth a lowered limit would refuse. */
static __attribute__((noinline)) void grow_stack(void)
{
	volatile char pad[256 * 1024];

	pad[0] = pad[sizeof pad - 1] = 1;
}

/* Allocates blocks from *n on until NULL or max. */
static void fill(size_t *n, size_t max)
{
	for (; *n < max; (*n)++) {
		blocks[*n] = malloc(BLOCK);
		if (!blocks[*n])
			break;
		memset(blocks[*n], (int)*n, 64);
	}
}

/* Checks the contents of the first n blocks and frees them; the heap must
 * check clean after. (check.h comes first.) */
static void empty(size_t n)
{
	size_t i, bad = 0;

	for (i = 0; i < n; i++) {
		if (blocks[i][0] != (char)i || blocks[i][63] != (char)i)
			bad++;
		free(blocks[i]);
	}
	CHECK_UINT(bad, 0);
	CHECK_INT(malloc_check(), 0);
}

static uint64_t parse_size(const char *s)
{
	char *end;
	uint64_t v = strtoull(s, &end, 10);

	switch (*end) {
	case 'G': v <<= 10;	/* fall through */
	case 'M': v <<= 10;	/* fall through */
	case 'K': v <<= 10;
	}
	return v;
}

#endif
