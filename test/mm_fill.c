/*
 * Under RLIMIT_AS or RLIMIT_DATA (set by the runner), allocate and touch
 * one block of a quarter of the room, then 256 KiB blocks until malloc
 * returns NULL. Start-up must have succeeded, at least 85% of
 * (limit - footprint) must have been had, the heap must check clean, and
 * after freeing everything the same amount must be had again. On 32-bit
 * targets the address space (3 GiB under a 32-bit kernel) caps what a
 * limit can give.
 */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include "check.h"
#include "mm/heap.h"

#define BLOCK (256 * 1024)
#define MAX_BLOCKS 40000

static char *blocks[MAX_BLOCKS];

static uint64_t soft(int resource)
{
	struct rlimit rl;

	if (getrlimit(resource, &rl) != 0)
		return RLIM_INFINITY;
	return rl.rlim_cur;
}

/* Allocates until NULL; returns how many blocks it got. */
static size_t fill(void)
{
	size_t n, off;

	for (n = 0; n < MAX_BLOCKS; n++) {
		errno = 0;
		blocks[n] = malloc(BLOCK);
		if (!blocks[n]) {
			CHECK_INT(errno, ENOMEM);
			break;
		}
		for (off = 0; off < BLOCK; off += 4096)
			blocks[n][off] = (char)n;
		*(size_t *)blocks[n] = n;
	}
	CHECK(n < MAX_BLOCKS);
	return n;
}

static void empty(size_t n)
{
	size_t i, bad = 0;

	for (i = 0; i < n; i++) {
		if (*(size_t *)blocks[i] != i || blocks[i][BLOCK - 4096] != (char)i)
			bad++;
		free(blocks[i]);
	}
	CHECK_UINT(bad, 0);
}

int main(void)
{
	uint64_t as = soft(RLIMIT_AS), data = soft(RLIMIT_DATA);
	uint64_t limit = as < data ? as : data, usable, want;
	size_t first, second;
	char *big;

	if (limit == RLIM_INFINITY) {
		printf("mm_fill needs RLIMIT_AS or RLIMIT_DATA (run it under prlimit)\n");
		return 2;
	}
	CHECK_UINT(heap.limit, limit);
	usable = limit;
	if (sizeof(void *) == 4 && usable > 3 * (1ULL << 30))
		usable = 3 * (1ULL << 30);
	want = usable > heap.footprint ? (usable - heap.footprint) / 100 * 85 : 0;
	printf("limit %llu footprint %llu mode %s: want %llu bytes\n",
	       (unsigned long long)limit, (unsigned long long)heap.footprint,
	       heap.mode, (unsigned long long)want);
	if (heap.room != UINT64_MAX &&
	    heap.room >= CONFIG_MM_LIMIT_FLOOR_MB * (1ULL << 20))
		CHECK(heap.nwin >= 1 && heap.win[0].reserved - heap.win[0].base <=
		      heap.room);

	/* A first block larger than the arena's growth steps: a low window
	 * has it reserved already and must give it. */
	big = malloc(want / 4);
	CHECK(big != NULL);
	if (big)
		memset(big, 1, want / 4);
	free(big);
	CHECK_INT(malloc_check(), 0);

	first = fill();
	printf("first fill: %zu blocks, %llu bytes\n", first,
	       (unsigned long long)first * BLOCK);
	CHECK((uint64_t)first * BLOCK >= want);
	CHECK_INT(malloc_check(), 0);
	empty(first);
	CHECK_INT(malloc_check(), 0);

	second = fill();
	printf("second fill: %zu blocks\n", second);
	CHECK(second >= first - first / 50);
	CHECK_INT(malloc_check(), 0);
	empty(second);
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
