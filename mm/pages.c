/*
 * The page heap: runs of whole pages (spans). Free runs are kept in bins by
 * page count (one list per count below EXACT_BINS, one best-fit list above),
 * merged with their free neighbours at once, and handed back to the kernel
 * under the configured release policy. The page heap counts its calls (its
 * epoch): a free run with possibly resident pages is on the dirty list and
 * remembers the epoch at which the longest idle of them was freed, the
 * policy's measure of idleness. Span records come from mappings of their
 * own, never from the arena.
 */
#include "mm/heap.h"
#include "mm/os.h"

/* ---- the page map and the resident map ---- */

static inline size_t page_index(const struct window *w, uintptr_t a)
{
	return (a - w->base) >> PAGE_SHIFT;
}

void span_map(struct span *s)
{
	struct window *w = &heap.win[s->win];
	size_t first = page_index(w, s->start), i;

	if (s->state == SPAN_FREE) {
		w->map[first] = s;
		w->map[first + s->npages - 1] = s;
		return;
	}
	for (i = 0; i < s->npages; i++)
		w->map[first + i] = s;
}

/* Sets (on) or clears the resident bits of pages [first, first + n), a word
 * at a time. */
static void resident_set(struct window *w, size_t first, size_t n, int on)
{
	size_t end = first + n;

	while (first < end) {
		size_t bit = first % BITS_PER_WORD;
		size_t take = BITS_PER_WORD - bit < end - first ?
			BITS_PER_WORD - bit : end - first;
		unsigned long mask = (take == BITS_PER_WORD ? ~0UL :
				      ((1UL << take) - 1)) << bit;

		if (on)
			w->resident[first / BITS_PER_WORD] |= mask;
		else
			w->resident[first / BITS_PER_WORD] &= ~mask;
		first += take;
	}
}

void span_touch(struct span *s)
{
	struct window *w = &heap.win[s->win];

	resident_set(w, page_index(w, s->start), s->npages, 1);
}

size_t resident_runs(struct window *w, uintptr_t start, size_t npages,
		     int (*fn)(uintptr_t start, size_t bytes))
{
	size_t i = page_index(w, start), end = i + npages, count = 0, run;

	while (i < end) {
		unsigned long word = w->resident[i / BITS_PER_WORD] >>
			(i % BITS_PER_WORD);

		if (!word) {		/* no resident page in the rest of it */
			i = (i / BITS_PER_WORD + 1) * BITS_PER_WORD;
			continue;
		}
		i += __builtin_ctzl(word);
		if (i >= end)
			break;
		/* the run goes on to the next clear bit */
		for (run = i; run < end; ) {
			unsigned long rest = ~w->resident[run / BITS_PER_WORD] >>
				(run % BITS_PER_WORD);

			if (rest) {
				run += __builtin_ctzl(rest);
				break;
			}
			run = (run / BITS_PER_WORD + 1) * BITS_PER_WORD;
		}
		if (run > end)
			run = end;
		if (fn && fn(w->base + (i << PAGE_SHIFT), (run - i) << PAGE_SHIFT))
			return SIZE_MAX;
		count += run - i;
		i = run;
	}
	return count;
}

/* ---- bins ---- */

static unsigned int bin_of(size_t npages)
{
	return npages < EXACT_BINS ? (unsigned int)npages : 0;
}

static void bin_insert(struct span *s)
{
	unsigned int b = bin_of(s->npages);

	s->prev = NULL;
	s->next = heap.bins[b];
	if (s->next)
		s->next->prev = s;
	heap.bins[b] = s;
	heap.binmap[b / BITS_PER_WORD] |= 1UL << (b % BITS_PER_WORD);
}

static void bin_remove(struct span *s)
{
	unsigned int b = bin_of(s->npages);

	if (s->prev)
		s->prev->next = s->next;
	else
		heap.bins[b] = s->next;
	if (s->next)
		s->next->prev = s->prev;
	if (!heap.bins[b])
		heap.binmap[b / BITS_PER_WORD] &= ~(1UL << (b % BITS_PER_WORD));
}

/* The smallest free run of at least npages pages; the lowest on ties in
 * the big bin, to keep the heap compact. */
static struct span *bin_find(size_t npages)
{
	struct span *s, *best = NULL;
	unsigned int w;

	for (w = npages / BITS_PER_WORD;
	     npages < EXACT_BINS && w < EXACT_BINS / BITS_PER_WORD; w++) {
		unsigned long bits = heap.binmap[w];

		if (w == npages / BITS_PER_WORD)
			bits &= ~0UL << (npages % BITS_PER_WORD);
		if (w == 0)
			bits &= ~1UL;	/* bin 0 is the big bin */
		if (bits)
			return heap.bins[w * BITS_PER_WORD + __builtin_ctzl(bits)];
	}
	for (s = heap.bins[0]; s; s = s->next)
		if (s->npages >= npages &&
		    (!best || s->npages < best->npages ||
		     (s->npages == best->npages && s->start < best->start)))
			best = s;
	return best;
}

/* ---- free runs: bins, the dirty list, the counters ---- */

static void dirty_link(struct span *s)
{
	s->u.f.dprev = NULL;
	s->u.f.dnext = heap.dirty;
	if (heap.dirty)
		heap.dirty->u.f.dprev = s;
	heap.dirty = s;
}

static void dirty_unlink(struct span *s)
{
	if (s->u.f.dprev)
		s->u.f.dprev->u.f.dnext = s->u.f.dnext;
	else
		heap.dirty = s->u.f.dnext;
	if (s->u.f.dnext)
		s->u.f.dnext->u.f.dprev = s->u.f.dprev;
}

/* Makes s a free run of which dirty pages may be resident, the longest
 * idle of them freed at epoch since. */
static void free_insert(struct span *s, size_t dirty, unsigned long since)
{
	s->state = SPAN_FREE;
	s->u.f.dirty = dirty;
	s->u.f.since = since;
	span_map(s);
	bin_insert(s);
	if (dirty)
		dirty_link(s);
	heap.dirty_pages += dirty;
	heap.free_pages += s->npages;
}

static void free_remove(struct span *s)
{
	bin_remove(s);
	if (s->u.f.dirty)
		dirty_unlink(s);
	heap.dirty_pages -= s->u.f.dirty;
	heap.free_pages -= s->npages;
}

static int unused_run(uintptr_t start, size_t bytes)
{
	return os_unused((void *)start, bytes);
}

int pages_release(struct span *s)
{
	struct window *w = &heap.win[s->win];

	/* Pages the kernel would not take back stay counted as resident (and
	 * calloc keeps zeroing them); the policy stops asking. */
	if (resident_runs(w, s->start, s->npages, unused_run) == SIZE_MAX) {
		heap.release_failed = 1;
		return -1;
	}
	resident_set(w, page_index(w, s->start), s->npages, 0);
	dirty_unlink(s);
	heap.dirty_pages -= s->u.f.dirty;
	s->u.f.dirty = 0;
	heap.releases++;
	return 0;
}

int pages_release_all(void)
{
	unsigned long before = heap.releases;

	while (heap.dirty && pages_release(heap.dirty) == 0)
		;
	return heap.releases != before;
}

/* ---- allocation and freeing of runs ---- */

static size_t dirty_in(struct span *s)
{
	return resident_runs(&heap.win[s->win], s->start, s->npages, NULL);
}

/* Possibly resident pages of part, cut from a free run of npages pages of
 * which dirty were: the resident map is read only when the run was mixed,
 * so a clean run's map is not touched before it is written. */
static size_t dirty_part(struct span *part, size_t dirty, size_t npages)
{
	if (dirty == 0)
		return 0;
	if (dirty == npages)
		return part->npages;
	return dirty_in(part);
}

/* Splits the tail past npages off a span taken from the bins, of which
 * dirty pages may be resident since epoch since, and frees it. Fails only
 * when no span record can be had. */
static int split_tail(struct span *s, size_t npages, size_t dirty,
		      unsigned long since)
{
	struct span *rest;

	if (s->npages == npages)
		return 0;
	rest = arena_record();
	if (!rest)
		return -1;
	rest->start = s->start + (npages << PAGE_SHIFT);
	rest->npages = s->npages - npages;
	rest->win = s->win;
	free_insert(rest, dirty_part(rest, dirty, s->npages), since);
	s->npages = npages;
	return 0;
}

static void account_used(long npages)
{
	heap.used_pages += npages;
	if (heap.used_pages > heap.peak_pages)
		heap.peak_pages = heap.used_pages;
}

/* Frees the fresh runs the arena mapped, listed by next. */
static void take_fresh(struct span *s)
{
	struct span *next;

	for (; s; s = next) {
		next = s->next;
		pages_free(s);
	}
}

/* Asks the arena for at least npages more. 0, or -1 when memory has run
 * out (what it mapped on the way is in the bins all the same). */
static int pages_grow(size_t npages)
{
	struct span *fresh;
	int r = arena_grow(npages, &fresh);

	take_fresh(fresh);
	return r;
}

void pages_init(void)
{
	take_fresh(arena_init());
}

struct span *pages_alloc(size_t npages, size_t *dirty_out)
{
	struct span *s = bin_find(npages);
	size_t dirty, whole;
	unsigned long since;

	heap.epoch++;
	if (!s) {
		if (pages_grow(npages) != 0)
			return NULL;
		s = bin_find(npages);
		if (!s)
			return NULL;
	}
	dirty = s->u.f.dirty;
	since = s->u.f.since;
	whole = s->npages;
	free_remove(s);
	if (split_tail(s, npages, dirty, since) != 0) {
		free_insert(s, dirty, since);
		return NULL;
	}
	dirty = dirty_part(s, dirty, whole);
	if (dirty_out)
		*dirty_out = dirty;
	s->state = SPAN_LARGE;
	span_map(s);
	span_touch(s);
	account_used(npages);
	release_allocated(npages - dirty);
	return s;
}

/* Whether the page at a is mapped arena, the only place a free run can
 * start: the page map past the arena is never read, so start-up does not
 * fault in the page of it after its first run. A run that starts there in
 * the same window is in the same region (mm/region.c). */
static int arena_holds(const struct window *w, uintptr_t a)
{
	return a - w->base < w->grown - w->base || region_holds(a);
}

/* Adds the possibly resident pages of free run n to those of a merge,
 * *dirty of them idle since epoch *since: the merged run is as idle as
 * the longest idle of its pages. */
static void absorb(const struct span *n, size_t *dirty, unsigned long *since)
{
	if (n->u.f.dirty &&
	    (!*dirty || heap.epoch - n->u.f.since > heap.epoch - *since))
		*since = n->u.f.since;
	*dirty += n->u.f.dirty;
}

/* Merges free neighbours into s (itself not yet in the bins), adding their
 * possibly resident pages to *dirty and *since; the record that covers
 * fewer pages is the one given up. The page that started the absorbed run
 * now names the merged one, so that a second free of the block that began
 * there is seen as a double free. */
static struct span *coalesce(struct span *s, size_t *dirty,
			     unsigned long *since)
{
	struct window *w = &heap.win[s->win];
	size_t first = page_index(w, s->start);
	size_t end = first + s->npages;
	struct span *n;

	if (first > 0 && (n = w->map[first - 1]) && n->state == SPAN_FREE &&
	    n->win == s->win && n->start + (n->npages << PAGE_SHIFT) == s->start) {
		free_remove(n);
		absorb(n, dirty, since);
		n->npages += s->npages;
		span_record_free(s);
		w->map[first] = n;
		s = n;
	}
	if (end < (w->size >> PAGE_SHIFT) &&
	    arena_holds(w, w->base + (end << PAGE_SHIFT)) && (n = w->map[end]) &&
	    n->state == SPAN_FREE && n->win == s->win &&
	    n->start == s->start + (s->npages << PAGE_SHIFT)) {
		free_remove(n);
		absorb(n, dirty, since);
		s->npages += n->npages;
		span_record_free(n);
		w->map[end] = s;
	}
	return s;
}

void pages_free(struct span *s)
{
	unsigned long since = ++heap.epoch;
	size_t dirty;

	if (s->state != SPAN_FRESH) {
		account_used(-(long)s->npages);
		dirty = s->npages;
	} else {
		dirty = 0;
	}
	s->state = SPAN_FREE;
	s = coalesce(s, &dirty, &since);
	free_insert(s, dirty, since);
	if (dirty)
		release_freed(s);
}

/* Grows a large span in place to npages when the run after it is free
 * and long enough. 0 on success. */
int pages_grow_in_place(struct span *s, size_t npages)
{
	struct window *w = &heap.win[s->win];
	size_t end = page_index(w, s->start) + s->npages;
	size_t more = npages - s->npages, dirty, whole;
	unsigned long since;
	struct span *n;

	heap.epoch++;
	if (end >= (w->size >> PAGE_SHIFT))
		return -1;
	n = w->map[end];
	if (!n || n->state != SPAN_FREE || n->win != s->win ||
	    n->start != s->start + (s->npages << PAGE_SHIFT) || n->npages < more)
		return -1;
	dirty = n->u.f.dirty;
	since = n->u.f.since;
	whole = n->npages;
	free_remove(n);
	if (split_tail(n, more, dirty, since) != 0) {
		free_insert(n, dirty, since);
		return -1;
	}
	dirty = dirty_part(n, dirty, whole);
	span_record_free(n);
	s->npages = npages;
	span_map(s);
	span_touch(s);
	account_used(more);
	release_allocated(more - dirty);
	return 0;
}

/* Shrinks a large span to keep pages, freeing the tail. */
void pages_trim(struct span *s, size_t keep)
{
	struct span *tail;

	if (keep >= s->npages)
		return;
	tail = arena_record();
	if (!tail)
		return;		/* keeps the pages: a waste, not an error */
	tail->start = s->start + (keep << PAGE_SHIFT);
	tail->npages = s->npages - keep;
	tail->win = s->win;
	tail->state = SPAN_LARGE;
	s->npages = keep;
	pages_free(tail);
}

/* Frees the first lead pages of a large span, which keeps the rest.
 * 0, or -1 when no span record can be had. */
int pages_trim_front(struct span *s, size_t lead)
{
	struct span *front;

	if (lead == 0 || lead >= s->npages)
		return 0;
	front = arena_record();
	if (!front)
		return -1;
	front->start = s->start;
	front->npages = lead;
	front->win = s->win;
	front->state = SPAN_LARGE;
	s->start += lead << PAGE_SHIFT;
	s->npages -= lead;
	pages_free(front);
	return 0;
}
