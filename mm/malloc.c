/*
 * bareheap's malloc.
 *
 * Layers, a one-way stack: each calls only the ones below it.
 * mm/os_linux.c is the only code that talks to the kernel: it reserves,
 * maps, hands back (unused) and frees ranges of address space (mm/os.h
 * names the four states). mm/budget.c plans how much address space the
 * heap may hold under RLIMIT_AS and RLIMIT_DATA (mm/plan.c does the
 * arithmetic) and charges every mapping to it; mm/meta.c maps the
 * metadata and hands out span records; mm/region.c records which ranges
 * are mapped arena. mm/arena.c decides at start-up where the heap lives,
 * and maps more when asked, handing the new pages up as fresh runs.
 * mm/pages.c, the page heap, cuts the arena into spans: runs of whole
 * pages that are free, carved into small blocks of one size class, or one
 * large block. This file turns requests into blocks.
 *
 * Metadata lives outside the blocks. Every window of the arena has a page
 * map from page to span, so any pointer handed to free() can be looked up
 * safely and checked: does a span hold it, does it start a block, is that
 * block allocated. Span records come from mappings of their own.
 *
 * Small blocks (1 .. 32 KiB, 40 size classes, mm/sizeclass.c). A small span
 * keeps a bitmap of its free objects, at most 256, in its record. malloc
 * takes the lowest free object of the class's active span (for requests
 * up to 1 KiB, one table gives that span by size), scanning the bitmap's
 * words only when the current one runs out; when the span has no free
 * object left, the next comes from the class's partial list, then the one
 * empty span the class keeps, then the page heap, then (when the arena
 * can grow no more) the page heap again once every class has given back
 * its empty span.
 *
 * free validates every pointer with one multiplication and one comparison.
 * With size = odd * 2^shift, and inv the inverse of odd modulo 2^N (N the
 * bits of a pointer), rotating (p - start) * inv right by shift gives j
 * when p is object j's address, and a number of at least 2^(N - shift)
 * otherwise: an offset that is not a multiple of 2^shift leaves bits at
 * the top, and a multiple of 2^shift that is not a multiple of size (or
 * lies below the span) leaves a multiple of odd's inverse that no small j
 * reaches. So p starts an object exactly when the result is below nobjs,
 * and a span that is not small has nobjs 0: one test covers an interior
 * pointer, a pointer outside its span (a page map entry inside a free run
 * may be stale) and a large block. The object's free bit, tested and set,
 * tells a double free.
 *
 * The active span of each class has a hot slot: the last block freed into
 * it while the slot was empty, which the next malloc of the class takes
 * back without touching the bitmap (a malloc+free pair then chains
 * through one store and one load, not through the bitmap word). The
 * slot's block counts as in use in the bitmap and in nfree, so free tells
 * a second free of it by comparing with the slot, and a span stops being
 * active only when its slot is empty (malloc takes the slot first).
 *
 * A span leaves the lists while it is active or has no free object. A full
 * span rejoins its class's partial list only once an eighth of its objects
 * are free again, so that a span that hands out one block at a time is not
 * taken up for each; the free count at which it must move (struct span's
 * moves_at) makes that one comparison in free. A span whose objects are
 * all free goes back to the page heap, unless it is the active one or the
 * class keeps no empty span yet.
 *
 * Large blocks (over 32 KiB) are whole page runs from the page heap, best
 * fit. Freed runs merge with their neighbours at once; the release policy
 * (mm/release_*.c) hands idle ones back to the kernel, in batches. A page map of which
 * pages may be resident lets calloc skip zeroing pages that were never
 * touched or were handed back, and lets realloc grow a block in place.
 *
 * The heap is single-threaded unless CONFIG_MM_LOCK wraps every public call
 * in a spin lock.
 */
#include <errno.h>
#include <malloc.h>
#include <string.h>
#include "mm/heap.h"
#include "mm/lock.h"


#define HARDEN IS_ENABLED(CONFIG_MM_HARDEN)

/* ---- small blocks ---- */

/* Takes the lowest free object of word w of small span s, holding bits
 * (not 0). */
static always_inline void *span_take(struct span *s, unsigned int w,
				     unsigned long bits)
{
	s->u.free[w] = bits & (bits - 1);
	s->nfree--;
	return (void *)(s->start +
			(w * BITS_PER_WORD + __builtin_ctzl(bits)) * s->size);
}

/* A small block of n bytes (at most SMALL_MAX): the active span's hot
 * slot, else its lowest free object. */
static always_inline void *small_alloc(size_t n)
{
	struct span *s = n <= DIRECT_MAX ? heap.direct[(n + 15) >> 4] :
		heap.active[class_of(n)];
	unsigned int h = s->hot, w;
	unsigned long bits;

	if (h) {
		s->hot = 0;
		return (void *)hot_block(s, h);
	}
	w = s->scan;
	bits = s->u.free[w];
	if (likely(bits))
		return span_take(s, w, bits);
	return small_alloc_slow(class_of(n));
}

/* Makes s a fresh span of class c with every object free. */
static void small_span_init(struct span *s, unsigned int c)
{
	const struct size_class *k = &size_classes[c];
	unsigned int i;

	s->state = SPAN_SMALL;
	s->sclass = (uint8_t)c;
	s->size = k->size;
	s->inv = odd_inverse(k->size >> k->shift);
	s->shift = k->shift;
	s->nobjs = k->nobjs;
	s->nfree = k->nobjs;
	s->hot = HOT_NONE;
	s->listed = 0;
	for (i = 0; i < FREE_WORDS; i++) {
		unsigned int first = i * BITS_PER_WORD;

		if (first + BITS_PER_WORD <= k->nobjs)
			s->u.free[i] = ~0UL;
		else if (first < k->nobjs)
			s->u.free[i] = (1UL << (k->nobjs - first)) - 1;
		else
			s->u.free[i] = 0;
	}
}

/* Gives small span s, with no block in use, back to the page heap. */
static void small_span_retire(struct span *s)
{
	s->nobjs = 0;		/* no address starts an object of it now */
	pages_free(s);
}

static void partial_push(struct span *s)
{
	unsigned int c = s->sclass;

	s->prev = NULL;
	s->next = heap.partial[c];
	if (s->next)
		s->next->prev = s;
	heap.partial[c] = s;
	s->listed = 1;
}

static void partial_remove(struct span *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		heap.partial[s->sclass] = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->listed = 0;
}

void small_set_active(unsigned int c, struct span *s)
{
	uint32_t size = size_classes[c].size;
	unsigned int i = c ? size_classes[c - 1].size / 16 + 1 : 0;

	heap.active[c] = s;
	s->moves_at = UINT16_MAX;	/* the active span stays */
	s->hot = 0;			/* and its hot slot opens, empty */
	for (; size <= DIRECT_MAX && i <= size / 16; i++)
		heap.direct[i] = s;
}

/* A span for class c to take blocks from, or NULL when memory has run
 * out. */
static struct span *small_next_span(unsigned int c)
{
	struct span *s = heap.partial[c];

	if (s) {
		partial_remove(s);
		return s;
	}
	s = heap.empty[c];
	if (s) {
		heap.empty[c] = NULL;
		return s;
	}
	s = pages_alloc(size_classes[c].npages, NULL);
	if (!s && small_give_back())
		s = pages_alloc(size_classes[c].npages, NULL);
	if (s)
		small_span_init(s, c);
	return s;
}

/* When the active span's hot slot is empty and its current bitmap word
 * has run out: its next word with a free object, or another span. A span
 * stops being active only here, with its hot slot empty. */
void *small_alloc_slow(unsigned int c)
{
	struct span *s = heap.active[c];

	if (!s->nfree) {
		struct span *next = small_next_span(c);

		if (!next) {
			errno = ENOMEM;
			return NULL;	/* s stays active, and full */
		}
		/* full: it waits, on no list, for frees, its slot
		 * (empty) closed; no_span, every class's first active
		 * span, keeps its slot open and empty */
		s->moves_at = (uint16_t)rejoin_at(s->nobjs);
		if (s != &no_span)
			s->hot = HOT_NONE;
		small_set_active(c, next);
		s = next;
	}
	for (s->scan = 0; !s->u.free[s->scan]; s->scan++)
		;
	return span_take(s, s->scan, s->u.free[s->scan]);
}

/* A free into small span s, not the active one, brought its free count to
 * s->moves_at. */
void small_span_moves(struct span *s)
{
	unsigned int c = s->sclass;

	if (s->nfree < s->nobjs) {
		partial_push(s);
		s->moves_at = s->nobjs;
		return;
	}
	if (s->listed)
		partial_remove(s);
	if (!heap.empty[c])
		heap.empty[c] = s;
	else
		small_span_retire(s);
}

/* Frees object i (below s->nobjs) of small span s, at p: into the hot
 * slot when s is active and its slot is empty, else into the bitmap. */
static always_inline void small_free(struct span *s, uintptr_t i, void *p,
				     const char *op)
{
	unsigned long *word = &s->u.free[i / BITS_PER_WORD];
	unsigned long bit = 1UL << (i % BITS_PER_WORD);
	unsigned int h = s->hot;
	unsigned int mine = ((uintptr_t)p - s->start) / ALIGNMENT + 1;

	if (HARDEN && unlikely(*word & bit))
		heap_corrupt(op, "double free of", p);
	if (IS_ENABLED(CONFIG_MM_JUNK))
		memset(p, 0xdf, s->size);
	if (!h) {
		s->hot = (uint16_t)mine;
		return;
	}
	if (HARDEN && unlikely(h == mine))	/* HOT_NONE is no block */
		heap_corrupt(op, "double free of", p);
	*word |= bit;
	if (unlikely(++s->nfree == s->moves_at))
		small_span_moves(s);
}

/*
 * Gives the empty span every class keeps back to the page heap: for when
 * the arena can grow no more. Returns whether there was any.
 */
int small_give_back(void)
{
	unsigned int c, any = 0;

	for (c = 0; c < NCLASSES; c++) {
		if (heap.empty[c]) {
			small_span_retire(heap.empty[c]);
			heap.empty[c] = NULL;
			any = 1;
		}
	}
	return any;
}

/* ---- large blocks ---- */

/* A run of npages for a large block of n bytes, from the page heap; when
 * memory has run out, again once the empty small spans have gone back. *dirty
 * (unless NULL) says whether any page may hold old contents. */
struct span *large_span(size_t npages, size_t n, size_t *dirty)
{
	struct span *s = pages_alloc(npages, dirty);

	if (!s && small_give_back())
		s = pages_alloc(npages, dirty);
	if (!s)
		return NULL;
	s->u.l.request = n;
	return s;
}

/* A run of whole pages; *dirty says whether any may hold old contents.
 * No block may exceed PTRDIFF_MAX: differences of pointers into it must
 * be representable. */
static void *large_alloc(size_t n, size_t *dirty)
{
	size_t npages = (n + PAGE_SIZE - 1) >> PAGE_SHIFT;
	struct span *s;

	if (n > PTRDIFF_MAX - PAGE_SIZE || !(s = large_span(npages, n, dirty)))
		return NULL;
	return (void *)s->start;
}

/* ---- checking a pointer handed back ---- */

/* Ends the process over a pointer that starts no block of span s (the one
 * its page map entry names, or NULL). */
__attribute__((noreturn, cold))
static void bad_block(struct span *s, void *p, const char *op)
{
	uintptr_t a = (uintptr_t)p;
	int inside = s && a - s->start < (s->npages << PAGE_SHIFT);

	if (!inside)
		heap_corrupt(op, "pointer that malloc never returned", p);
	if (s->state == SPAN_FREE)
		heap_corrupt(op, "double free of", p);
	heap_corrupt(op, "pointer into the middle of a block", p);
}

/*
 * The span whose block starts at p. With MM_HARDEN, any other pointer ends
 * the process with a message; without, it gives NULL. Page map entries
 * inside free runs may be stale, so a span is trusted only when p starts
 * one of its blocks.
 */
static inline struct span *block_span(void *p, const char *op)
{
	uintptr_t a = (uintptr_t)p;
	struct span *s = span_lookup(a);

	if (likely(s && block_index(s, a) < s->nobjs))
		return s;
	if (likely(s && s->state == SPAN_LARGE && a == s->start))
		return s;
	if (HARDEN)
		bad_block(s, p, op);
	return NULL;
}

/* The span of a block handed to an operation that reads it (realloc,
 * malloc_usable_size): as block_span, and with MM_HARDEN the block must
 * not be free either. */
static struct span *live_block_span(void *p, const char *op)
{
	struct span *s = block_span(p, op);
	uintptr_t i;

	if (HARDEN && s->state == SPAN_SMALL) {
		i = block_index(s, (uintptr_t)p);
		if ((s->u.free[i / BITS_PER_WORD] & (1UL << (i % BITS_PER_WORD))) ||
		    (hot_held(s) && hot_block(s, s->hot) == (uintptr_t)p))
			heap_corrupt(op, "freed pointer", p);
	}
	return s;
}

static size_t block_size(struct span *s)
{
	return s->state == SPAN_SMALL ? s->size : s->npages << PAGE_SHIFT;
}

static void block_free(void *p, const char *op)
{
	struct span *s = block_span(p, op);

	if (!s)
		return;
	if (likely(s->state == SPAN_SMALL)) {
		small_free(s, block_index(s, (uintptr_t)p), p, op);
		return;
	}
	if (IS_ENABLED(CONFIG_MM_JUNK))
		memset(p, 0xdf, s->npages << PAGE_SHIFT);
	pages_free(s);
}

void *block_alloc(size_t n)
{
	if (likely(n <= SMALL_MAX))
		return small_alloc(n);
	return large_alloc(n, NULL);
}

/* ---- the API ---- */

/* malloc and free take their common cases without a call (and without the
 * lock, which only CONFIG_MM_LOCK has): the rest goes to these, which take
 * the lock and set errno. */
__attribute__((noinline))
static void *malloc_locked(size_t n)
{
	void *p;

	heap_lock();
	/* without the lock, malloc brings only large requests here */
	p = IS_ENABLED(CONFIG_MM_LOCK) ? block_alloc(n) : large_alloc(n, NULL);
	heap_unlock();
	if (unlikely(!p))
		errno = ENOMEM;
	return p;
}

__attribute__((noinline))
static void free_locked(void *p)
{
	if (!p)
		return;
	heap_lock();
	block_free(p, "free");
	heap_unlock();
}

void *malloc(size_t n)
{
	if (!IS_ENABLED(CONFIG_MM_LOCK) && likely(n <= SMALL_MAX))
		return small_alloc(n);
	return malloc_locked(n);
}

void free(void *p)
{
	size_t page;
	struct span *s;
	uintptr_t i;

	/* NULL, like any block of another window, lies outside the first */
	if (IS_ENABLED(CONFIG_MM_LOCK) || !first_window_page((uintptr_t)p, &page))
		return free_locked(p);
	s = heap.win[0].map[page];
	if (unlikely(!s) ||
	    unlikely((i = block_index(s, (uintptr_t)p)) >= s->nobjs))
		return free_locked(p);	/* large, or no block */
	small_free(s, i, p, "free");
}

void *calloc(size_t nmemb, size_t size)
{
	size_t n, dirty = 1;
	void *p;

	if (__builtin_mul_overflow(nmemb, size, &n)) {
		errno = ENOMEM;
		return NULL;
	}
	heap_lock();
	if (n <= SMALL_MAX) {
		p = small_alloc(n);
		if (p)
			memset(p, 0, n);
	} else {
		p = large_alloc(n, &dirty);
		/* Pages never touched, or handed back with MADV_DONTNEED,
		 * already read as zero. */
		if (p && (dirty || !heap.zero_after_unused))
			memset(p, 0, n);
	}
	heap_unlock();
	if (!p)
		errno = ENOMEM;
	return p;
}

/* Resizes in place where the block's own slack or the free pages after it
 * allow; NULL when a move is needed. */
static void *resize_in_place(struct span *s, void *p, size_t n)
{
	size_t have = block_size(s), npages;

	if (s->state == SPAN_SMALL)
		return n <= have && (n > have / 2 || have <= 16) ? p : NULL;
	if (n <= SMALL_MAX)
		return NULL;	/* a small block wastes less */
	npages = (n + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (npages < s->npages)
		pages_trim(s, npages);
	else if (npages > s->npages && pages_grow_in_place(s, npages) != 0)
		return NULL;
	s->u.l.request = n;
	return p;
}

/*
 * realloc(p, 0) returns a unique minimal block (like malloc(0)) and frees p,
 * or keeps p when it is already minimal; it returns NULL only when memory
 * has run out, in which case p is left as it was (or, without MM_HARDEN,
 * when p starts no block).
 */
void *realloc(void *p, size_t n)
{
	struct span *s;
	void *q;

	if (!p)
		return malloc(n);
	if (n > PTRDIFF_MAX - PAGE_SIZE) {
		errno = ENOMEM;
		return NULL;
	}
	heap_lock();
	s = live_block_span(p, "realloc");
	q = s ? resize_in_place(s, p, n ? n : 1) : NULL;
	if (s && !q) {
		size_t have = block_size(s);

		q = block_alloc(n);
		if (q) {
			memcpy(q, p, have < n ? have : n);
			block_free(p, "realloc");
		}
	}
	heap_unlock();
	if (!q)
		errno = ENOMEM;
	return q;
}

size_t malloc_usable_size(void *p)
{
	struct span *s;
	size_t n;

	if (!p)
		return 0;
	heap_lock();
	s = live_block_span(p, "malloc_usable_size");
	n = s ? block_size(s) : 0;
	heap_unlock();
	return n;
}
