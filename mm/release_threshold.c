/*
 * Release policy: keep idle freed memory resident for reuse up to
 * MM_DIRTY_MAX_KB, or an eighth of the memory in use if that is more (a
 * large heap that frees and reallocates would otherwise fault its pages
 * back in over and over); past that, hand back the runs freed longest ago
 * until half the allowance is left.
 */
#include "mm/heap.h"

#define DIRTY_MAX_PAGES ((CONFIG_MM_DIRTY_MAX_KB * 1024UL) >> PAGE_SHIFT)

void release_policy(struct span *s)
{
	size_t allowance = heap.used_pages / 8 > DIRTY_MAX_PAGES ?
		heap.used_pages / 8 : DIRTY_MAX_PAGES;

	if (heap.dirty_pages <= allowance || heap.release_failed)
		return;
	while (heap.dirty_oldest && heap.dirty_pages > allowance / 2)
		if (pages_release(heap.dirty_oldest) != 0)
			return;
}
