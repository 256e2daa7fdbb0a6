/*
 * The heap's metadata mappings: the bytes that page maps, resident maps,
 * span records and the region table live in, all outside the arena, and
 * the span records taken from them.
 */
#include "mm/heap.h"
#include "mm/os.h"

#define RECORD_CHUNK	(64 * 1024)

/* A zeroed record: the spare ones first, then the pool, which maps a
 * chunk of its own when it runs out. */
struct span *span_record(void)
{
	struct span *s = heap.spare;

	if (s) {
		heap.spare = s->next;
	} else {
		if (heap.pool == heap.pool_end) {
			/* a page where a tight limit leaves no more */
			size_t bytes = RECORD_CHUNK;
			void *v = meta_new(bytes);

			if (!v)
				v = meta_new(bytes = PAGE_SIZE);
			if (!v)
				return NULL;
			heap.pool = v;
			heap.pool_end = heap.pool + bytes / sizeof(*s);
		}
		s = --heap.pool_end;	/* from the top: see mm/arena.c */
	}
	*s = (struct span){0};
	return s;
}

void span_record_free(struct span *s)
{
	s->state = SPAN_NONE;
	s->next = heap.spare;
	heap.spare = s;
}

/* Maps bytes of metadata: a mapping of its own where the budget and the
 * kernel allow, else the top of the growing window's reservation, which is
 * held already (all a limit lowered at run time leaves the heap). */
void *meta_new(size_t bytes)
{
	struct window *w = &heap.win[heap.grow_win];
	void *v = NULL;

	if (budget_charge(bytes) == 0 && !(v = os_map_new(NULL, bytes, 0)))
		budget_refund(bytes);
	if (!v) {
		if (!heap.nwin || w->reserved <= w->grown ||
		    w->reserved - w->grown < bytes ||
		    os_map((void *)(w->reserved - bytes), bytes) != 0)
			return NULL;
		w->reserved -= bytes;
		v = (void *)w->reserved;
	}
	heap.meta_mapped += bytes;
	return v;
}

void meta_free(void *v, size_t bytes)
{
	os_free(v, bytes);
	heap.meta_mapped -= bytes;
	budget_refund(bytes);
}
