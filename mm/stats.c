/* Walking the heap, and the statistics built on the walk. */
#include "mm/heap.h"

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
		/* the hot slot's block is free, though not in nfree */
		t->blocks[s->sclass] += s->nobjs - s->nfree - hot_held(s);
		t->in_use += (size_t)(s->nobjs - s->nfree - hot_held(s)) *
			s->size;
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

	*t = (struct heap_totals){0};
	heap_walk(count_span, t, &where);
}
