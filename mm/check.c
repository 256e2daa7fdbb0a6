/*
 * The heap checker: walks every span and every list and reports the first
 * inconsistency. Slow (it visits all metadata); tests call it often.
 */
#include <malloc.h>
#include <string.h>
#include "mm/heap.h"
#include "mm/lock.h"

struct check {
	const char *problem;
	uintptr_t where;
	size_t free_pages, dirty_pages, used_pages, free_spans, listed;
	size_t empty;			/* empty spans kept */
	struct span *prev;
};

static int fail(struct check *k, const char *problem, uintptr_t where)
{
	if (!k->problem) {
		k->problem = problem;
		k->where = where;
	}
	return 0;
}

static int check_small(struct check *k, struct span *s)
{
	const struct size_class *c = &size_classes[s->sclass];
	unsigned int i, nfree = 0;

	if (s->sclass >= NCLASSES || s->size != c->size ||
	    s->inv != odd_inverse(c->size >> c->shift) ||
	    s->shift != c->shift || s->nobjs != c->nobjs ||
	    s->npages != c->npages)
		return fail(k, "small span does not match its class", s->start);
	for (i = 0; i < FREE_WORDS * BITS_PER_WORD; i++) {
		int bit = !!(s->u.free[i / BITS_PER_WORD] &
			     (1UL << (i % BITS_PER_WORD)));

		if (bit && i >= s->nobjs)
			return fail(k, "free bit past the last object", s->start);
		nfree += bit;
	}
	if (nfree != s->nfree)
		return fail(k, "free count differs from the bitmap", s->start);
	if ((s->hot != HOT_NONE) != (s == heap.active[s->sclass]))
		return fail(k, "hot slot open on a span not active", s->start);
	if (hot_held(s)) {
		uintptr_t a = hot_block(s, s->hot), j = block_index(s, a);

		if (j >= s->nobjs)
			return fail(k, "hot slot holds no block", a);
		if (s->u.free[j / BITS_PER_WORD] & (1UL << (j % BITS_PER_WORD)))
			return fail(k, "hot slot's block free in the bitmap", a);
	}
	if (s == heap.active[s->sclass])
		return s->listed || s->moves_at != UINT16_MAX ?
			fail(k, "active span on a list", s->start) : 1;
	if (s == heap.empty[s->sclass]) {
		k->empty++;
		return s->listed || s->nfree != s->nobjs ?
			fail(k, "kept empty span in use", s->start) : 1;
	}
	if (s->nfree == s->nobjs)
		return fail(k, "empty span kept", s->start);
	if (s->listed != (s->nfree >= rejoin_at(s->nobjs)) ||
	    s->moves_at != (s->listed ? s->nobjs : rejoin_at(s->nobjs)))
		return fail(k, "partial span not on its list", s->start);
	k->listed += s->listed;
	return 1;
}

static void check_span(struct span *s, void *arg)
{
	struct check *k = arg;
	struct window *w = &heap.win[s->win];
	size_t first = (s->start - w->base) >> PAGE_SHIFT, i;
	struct span *prev = k->prev;

	k->prev = s;
	if (k->problem)
		return;
	if (s->state == SPAN_FREE) {
		if (w->map[first + s->npages - 1] != s)
			fail(k, "free span's last page is not mapped to it", s->start);
		if (prev && prev->state == SPAN_FREE && prev->win == s->win &&
		    prev->start + (prev->npages << PAGE_SHIFT) == s->start)
			fail(k, "two free spans side by side", s->start);
		if (resident_runs(w, s->start, s->npages, NULL) != s->u.f.dirty)
			fail(k, "free span's resident count is wrong", s->start);
		if (s->nobjs)
			fail(k, "free span with objects", s->start);
		k->free_pages += s->npages;
		k->dirty_pages += s->u.f.dirty;
		k->free_spans++;
		return;
	}
	if (s->state != SPAN_SMALL && s->state != SPAN_LARGE) {
		fail(k, "span in no known state", s->start);
		return;
	}
	for (i = 0; i < s->npages; i++)
		if (w->map[first + i] != s) {
			fail(k, "page of a span in use mapped elsewhere", s->start);
			return;
		}
	k->used_pages += s->npages;
	if (s->state == SPAN_SMALL)
		check_small(k, s);
	else if (s->nobjs)
		fail(k, "large span with objects", s->start);
	else if (s->u.l.request > s->npages << PAGE_SHIFT)
		fail(k, "large block larger than its span", s->start);
}

static void check_lists(struct check *k)
{
	size_t spans = 0, listed = 0, dirty = 0;
	struct span *s, *prev;
	unsigned int b, c;

	for (b = 0; b < EXACT_BINS; b++) {
		int bit = !!(heap.binmap[b / BITS_PER_WORD] &
			     (1UL << (b % BITS_PER_WORD)));

		if (bit != (heap.bins[b] != NULL))
			fail(k, "bin map differs from the bins", b);
		for (prev = NULL, s = heap.bins[b]; s; prev = s, s = s->next) {
			if (s->state != SPAN_FREE || s->prev != prev ||
			    (b ? s->npages != b : s->npages < EXACT_BINS))
				fail(k, "bad span in a free bin", s->start);
			spans++;
		}
	}
	for (c = 0; c < NCLASSES; c++)
		for (prev = NULL, s = heap.partial[c]; s; prev = s, s = s->next) {
			if (s->state != SPAN_SMALL || s->sclass != c ||
			    !s->listed || s->prev != prev)
				fail(k, "bad span on a partial list", s->start);
			listed++;
		}
	for (prev = NULL, s = heap.dirty; s; prev = s, s = s->u.f.dnext) {
		if (s->state != SPAN_FREE || !s->u.f.dirty || s->u.f.dprev != prev)
			fail(k, "bad span on the dirty list", s->start);
		dirty += s->u.f.dirty;
	}
	if (spans != k->free_spans)
		fail(k, "free spans missing from the bins", 0);
	if (listed != k->listed)
		fail(k, "partial lists hold the wrong spans", 0);
	if (dirty != heap.dirty_pages)
		fail(k, "dirty list does not add up", 0);
}

/* Each class keeps at most one empty span, and the walk met it. */
static void check_empty(struct check *k)
{
	size_t kept = 0;
	unsigned int c;

	for (c = 0; c < NCLASSES; c++) {
		struct span *s = heap.empty[c];

		if (s && (s->state != SPAN_SMALL || s->sclass != c ||
			  s == heap.active[c]))
			fail(k, "bad kept empty span", s->start);
		kept += s != NULL;
	}
	if (kept != k->empty)
		fail(k, "kept empty spans missing from the heap", 0);
}

int malloc_check(void)
{
	struct check k;
	uintptr_t where = 0;
	const char *problem;

	memset(&k, 0, sizeof(k));
	heap_lock();
	problem = heap_walk(check_span, &k, &where);
	if (problem)
		fail(&k, problem, where);
	if (!k.problem) {
		check_lists(&k);
		check_empty(&k);
		if (k.free_pages != heap.free_pages ||
		    k.dirty_pages != heap.dirty_pages ||
		    k.used_pages != heap.used_pages)
			fail(&k, "page counts do not add up", 0);
	}
	heap_unlock();
	if (!k.problem)
		return 0;
	message("heap check: %s at %#lx", k.problem, (unsigned long)k.where);
	return -1;
}
