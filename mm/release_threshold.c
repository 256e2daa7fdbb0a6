/* Release policy: keep up to MM_DIRTY_MAX_KB of freed memory resident for
 * reuse; past that, hand back the runs freed longest ago until half is left. */
#include "mm/heap.h"

#define DIRTY_MAX_PAGES ((CONFIG_MM_DIRTY_MAX_KB * 1024UL) >> PAGE_SHIFT)

void release_policy(struct span *s)
{
	if (heap.dirty_pages <= DIRTY_MAX_PAGES || heap.release_failed)
		return;
	while (heap.dirty_oldest && heap.dirty_pages > DIRTY_MAX_PAGES / 2)
		if (pages_release(heap.dirty_oldest) != 0)
			return;
}
