/* malloc_stats: the heap's statistics on stderr, through printf. Apart from
 * mm/stats.c, so that the walk the exit report needs brings no stdio. */
#include <malloc.h>
#include <stdio.h>
#include "mm/heap.h"
#include "mm/lock.h"

void malloc_stats(void)
{
	struct heap_totals t;
	unsigned int c;

	heap_lock();
	heap_totals(&t);
	fprintf(stderr, "bareheap heap (%s arena)\n", heap.mode ? heap.mode : "none");
	fprintf(stderr, "  mapped    %12zu bytes of arena, %zu of metadata\n",
		heap.mapped, heap.meta_mapped);
	fprintf(stderr, "  in use    %12zu bytes in live blocks\n", t.in_use);
	fprintf(stderr, "  peak      %12zu bytes in spans\n",
		heap.peak_pages << PAGE_SHIFT);
	fprintf(stderr, "  free      %12zu bytes, %zu of them resident "
		"(pending release), %lu runs handed back\n",
		heap.free_pages << PAGE_SHIFT, heap.dirty_pages << PAGE_SHIFT,
		heap.releases);
	fprintf(stderr, "  spans     %zu small, %zu large, %zu free\n",
		t.small_spans, t.large_spans, t.free_spans);
	fprintf(stderr, "  %8s %8s %10s\n", "class", "spans", "blocks");
	for (c = 0; c < NCLASSES; c++)
		if (t.spans[c])
			fprintf(stderr, "  %8u %8zu %10zu\n",
				(unsigned int)size_classes[c].size, t.spans[c],
				t.blocks[c]);
	heap_unlock();
}
