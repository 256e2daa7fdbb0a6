/* Walking the heap, and the statistics built on the walk. */
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include "mm/heap.h"
#include "mm/lock.h"

static struct window *window_of(uintptr_t a)
{
	int i;

	for (i = 0; i < heap.nwin; i++)
		if (a - heap.win[i].base < heap.win[i].size)
			return &heap.win[i];
	return NULL;
}

const char *heap_walk(void (*fn)(struct span *s, void *arg), void *arg,
		      uintptr_t *where)
{
	int r;

	for (r = 0; r < heap.nregions; r++) {
		uintptr_t a = heap.regions[r].start, end = heap.regions[r].end;
		struct window *w = window_of(a);

		if (!w || end - w->base > w->size)
			return *where = a, "arena region outside every window";
		while (a < end) {
			struct span *s = w->map[(a - w->base) >> PAGE_SHIFT];

			*where = a;
			if (!s)
				return "page without a span";
			if (s->start != a)
				return "page map entry of another span";
			if (s->npages == 0 || s->npages > (end - a) >> PAGE_SHIFT)
				return "span runs past its region";
			if (&heap.win[s->win] != w)
				return "span in the wrong window";
			fn(s, arg);
			a += s->npages << PAGE_SHIFT;
		}
	}
	return NULL;
}

static void count_span(struct span *s, void *arg)
{
	struct heap_totals *t = arg;

	switch (s->state) {
	case SPAN_SMALL:
		t->small_spans++;
		t->spans[s->sclass]++;
		t->blocks[s->sclass] += s->nobjs - s->nfree;
		t->in_use += (size_t)(s->nobjs - s->nfree) * s->size;
		break;
	case SPAN_LARGE:
		t->large_spans++;
		t->in_use += s->u.l.request;
		break;
	default:
		t->free_spans++;
	}
}

void heap_totals(struct heap_totals *t)
{
	uintptr_t where;
	unsigned int c;

	memset(t, 0, sizeof(*t));
	heap_walk(count_span, t, &where);
	for (c = 0; c < NCLASSES; c++) {	/* kept blocks are not in use */
		t->blocks[c] -= heap.nrecent[c];
		t->in_use -= heap.nrecent[c] * size_classes[c].size;
	}
}

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
	fprintf(stderr, "  free      %12zu bytes, %zu of them resident\n",
		heap.free_pages << PAGE_SHIFT, heap.dirty_pages << PAGE_SHIFT);
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
