/*
 * Under a small RLIMIT_AS or RLIMIT_DATA (set by the runner), where the room
 * left beside what the process used before the heap is a few MiB or less:
 * malloc(10) must work while there is room for a page of arena and its
 * metadata, and from 1 MiB of room on, blocks of 64 KiB, then 4 KiB, then
 * 256 bytes, each size until malloc returns NULL, must add up to at least
 * 85% of the room. The heap must check clean, and after freeing everything
 * the same fill must work again.
 */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/resource.h>
#include "check.h"
#include "mm/heap.h"

#define MAX_BLOCKS 16384	/* bss counts against the limit too */

static void *blocks[MAX_BLOCKS];
static const size_t sizes[] = { 65536, 4096, 256 };

static uint64_t soft(int resource)
{
	struct rlimit rl;

	if (getrlimit(resource, &rl) != 0)
		return RLIM_INFINITY;
	return rl.rlim_cur;
}

static uint64_t room_under(uint64_t limit, uint64_t used)
{
	return limit == RLIM_INFINITY ? UINT64_MAX :
		limit > used ? limit - used : 0;
}

/* Fills the heap with each size in turn; returns the bytes had, *n the
 * blocks. Each block's first and last bytes are written. */
static uint64_t fill(size_t *n)
{
	uint64_t bytes = 0;
	unsigned int i;

	*n = 0;
	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		while (*n < MAX_BLOCKS) {
			char *p = malloc(sizes[i]);

			if (!p) {
				CHECK_INT(errno, ENOMEM);
				break;
			}
			p[0] = p[sizes[i] - 1] = 1;
			blocks[(*n)++] = p;
			bytes += sizes[i];
		}
	}
	CHECK(*n < MAX_BLOCKS);
	return bytes;
}

static void empty(size_t n)
{
	while (n)
		free(blocks[--n]);
}

int main(void)
{
	uint64_t as_room = room_under(soft(RLIMIT_AS), heap.plan_in.as_used);
	uint64_t data_room = room_under(soft(RLIMIT_DATA),
					heap.plan_in.data_used);
	uint64_t room = as_room < data_room ? as_room : data_room;
	uint64_t first, second;
	size_t n;
	void *p;

	if (room == UINT64_MAX) {
		printf("mm_small needs RLIMIT_AS or RLIMIT_DATA (run it under prlimit)\n");
		return 2;
	}
	printf("room %llu (as %llu, data %llu), mode %s\n",
	       (unsigned long long)room, (unsigned long long)as_room,
	       (unsigned long long)data_room, heap.mode);
	CHECK(room >= 64 * 1024);
	p = malloc(10);
	CHECK(p != NULL);
	free(p);

	first = fill(&n);
	printf("first fill: %zu blocks, %llu bytes, %llu%% of the room\n", n,
	       (unsigned long long)first,
	       (unsigned long long)(first * 100 / (room ? room : 1)));
	if (room >= 1024 * 1024)
		CHECK(first >= room / 100 * 85);
	CHECK_INT(malloc_check(), 0);
	empty(n);
	CHECK_INT(malloc_check(), 0);
	second = fill(&n);
	printf("second fill: %llu bytes\n", (unsigned long long)second);
	CHECK(second >= first - first / 20);
	empty(n);
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
