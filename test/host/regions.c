/*
 * mm/ as a library inside another program (a kernel, a boot loader): built
 * from mm/ with mm/os_ram.c as its OS layer (docs/bare.md), given one
 * static array as all of its memory. Mixed blocks fill it until malloc
 * returns NULL; every block must lie in the array and keep its contents,
 * the heap must check clean, and after everything is freed the same fill
 * must succeed again.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "mm/os.h"
#include "test/host/bh.h"

#define POOL	(8u << 20)
#define MAX	100000

static unsigned char pool[POOL] __attribute__((aligned(4096)));
static unsigned char *block[MAX];
static size_t size[MAX];
static int failures;

#define EXPECT(cond) do { if (!(cond)) { failures++; \
	fprintf(stderr, "regions: %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
	} while (0)

/* Small, medium and page-sized blocks in turn, until NULL. */
static size_t fill(size_t *bytes)
{
	static const size_t sizes[] = { 24, 200, 3000, 40000, 17 };
	size_t n;

	*bytes = 0;
	for (n = 0; n < MAX; n++) {
		size[n] = sizes[n % 5];
		errno = 0;
		block[n] = bh_malloc(size[n]);
		if (!block[n]) {
			EXPECT(errno == ENOMEM);
			break;
		}
		EXPECT(block[n] >= pool && block[n] + size[n] <= pool + POOL);
		memset(block[n], (int)(n & 0xff), size[n]);
		*bytes += size[n];
	}
	EXPECT(n < MAX);
	return n;
}

static void empty(size_t n)
{
	size_t i, bad = 0;

	for (i = 0; i < n; i++) {
		if (block[i][0] != (unsigned char)i ||
		    block[i][size[i] - 1] != (unsigned char)i)
			bad++;
		bh_free(block[i]);
	}
	EXPECT(bad == 0);
}

int main(void)
{
	size_t first, second, bytes;

	ram_add((uintptr_t)pool, (uintptr_t)pool + POOL);
	mm_init();
	first = fill(&bytes);
	printf("regions: %zu blocks, %zu bytes of a %u-byte array\n", first,
	       bytes, POOL);
	EXPECT(bytes >= POOL / 10 * 7);
	EXPECT(bh_malloc_check() == 0);
	empty(first);
	EXPECT(bh_malloc_check() == 0);
	second = fill(&bytes);
	EXPECT(second == first);
	empty(second);
	return failures ? 1 : 0;
}
