/*
 * mm_mode MODE: the arena must be in MODE (high, low or fallback), and the
 * heap must work there: mixed allocations, a large block, the checker. The
 * high window starts on its boot maps and has its own once it has grown.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "mm/heap.h"

int main(int argc, char **argv)
{
	char *p[2000];
	int i;

	CHECK(argc == 2);
	if (argc != 2)
		return check_done();
	printf("mode %s, arena at %#lx\n", heap.mode,
	       heap.nwin ? (unsigned long)heap.win[0].base : 0UL);
	CHECK_STR(heap.mode, argv[1]);
	if (strcmp(argv[1], "high") == 0) {
		uint64_t hint = (uint64_t)CONFIG_MM_HIGH_HINT;

		/* at the hint, or above it by less than half of it */
		if (strcmp(heap.layout, "random") == 0)
			CHECK(heap.win[0].base >= hint &&
			      heap.win[0].base < hint + hint / 2);
		else
			CHECK_UINT(heap.win[0].base, hint);
		/* start-up mapped the first piece and no metadata: the
		 * boot maps describe the piece */
		CHECK_UINT(heap.meta_mapped, 0);
		CHECK(heap.win[0].size >= heap.mapped);
		CHECK(heap.win[0].size < heap.win[0].full);
	}
	for (i = 0; i < 2000; i++) {
		size_t n = (size_t)(i * 7919) % 70000 + 1;

		p[i] = malloc(n);
		CHECK(p[i] != NULL);
		if (p[i])
			memset(p[i], i, n);
	}
	CHECK_INT(malloc_check(), 0);
	/* past its first piece, the window has its whole maps */
	CHECK_UINT(heap.win[0].size, heap.win[0].full);
	CHECK(heap.meta_mapped > 0);
	for (i = 0; i < 2000; i++)
		free(p[i]);
	p[0] = malloc(64 << 20);
	CHECK(p[0] != NULL);
	if (p[0])
		memset(p[0], 1, 64 << 20);
	free(p[0]);
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
