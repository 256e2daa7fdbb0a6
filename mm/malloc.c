/*
 * bareheap's malloc.
 *
 * Layers. mm/os_linux.c is the only code that talks to the kernel: it
 * reserves, maps, hands back (unused) and frees ranges of address space
 * (mm/os.h names the four states). mm/arena.c decides at start-up where the
 * heap lives and how large it may grow under RLIMIT_AS and RLIMIT_DATA
 * (mm/plan.c does the arithmetic), and maps more when asked. mm/pages.c,
 * the page heap, cuts the arena into spans: runs of whole pages that are
 * free, carved into small blocks of one size class, or one large block.
 * This file turns requests into blocks.
 *
 * Metadata lives outside the blocks. Every window of the arena has a page
 * map from page to span, so any pointer handed to free() can be looked up
 * safely and checked: does a span hold it, does it start a block, is that
 * block allocated. Span records come from mappings of their own.
 *
 * Small blocks (1 .. 32 KiB, 40 size classes, mm/sizeclass.c). A small span
 * keeps a bitmap of its free objects, at most 256. Allocating a small block
 * proceeds up a short hierarchy:
 *   1. the class's stack of recent blocks: the blocks freed last, kept
 *      aside (struct recent), newest first;
 *   2. the class's active span: take the lowest set bit of its current
 *      bitmap word (no system call, no walk: a few instructions);
 *   3. the rest of the active span's bitmap;
 *   4. a span of the class's partial list (spans that had blocks freed);
 *   5. a new span from the page heap;
 *   6. more arena from the kernel; when it has none, the recent blocks of
 *      every class go back to their spans, and 4 and 5 are tried again.
 * Freeing a small block first checks that the pointer starts a block
 * (interior pointer) and that it is neither free nor kept (double free).
 * It is then pushed on the recent stack, or, when that is full, its free
 * bit is set. Recent blocks stay allocated in their spans, so keeping and
 * reusing one changes no count and no list, and takes no branch that
 * depends on the span: the common free-then-malloc patterns run straight
 * through, and reuse memory that is still in the cache. A full span that
 * gets a block back joins its class's partial list; a span whose blocks are
 * all free goes back to the page heap, unless it is the active one.
 *
 * Large blocks (over 32 KiB) are whole page runs from the page heap, best
 * fit. Freed runs merge with their neighbours at once; the release policy
 * (mm/release_*.c) hands idle ones back to the kernel. A page map of which
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

static inline void *small_alloc(unsigned int c)
{
	unsigned int n = heap.nrecent[c];
	struct span *s;
	unsigned int w;
	unsigned long bits;

	if (likely(n)) {
		const struct recent *r = &heap.recent[c][n - 1];

		heap.nrecent[c] = n - 1;
		*r->word &= ~r->bit;
		if (!r->p)
			__builtin_unreachable();	/* spares malloc a test */
		return (void *)r->p;
	}
	s = heap.active[c];
	w = s->u.s.scan;
	bits = s->u.s.free[w];
	if (likely(bits)) {
		unsigned int i = __builtin_ctzl(bits);

		s->u.s.free[w] = bits & (bits - 1);
		s->nfree--;
		return (void *)(s->start + (w * BITS_PER_WORD + i) * s->size);
	}
	return small_alloc_slow(c);
}

/* Makes s a fresh span of class c with every object free. */
static void small_span_init(struct span *s, unsigned int c)
{
	const struct size_class *k = &size_classes[c];
	unsigned int i;

	s->state = SPAN_SMALL;
	s->sclass = (uint8_t)c;
	s->size = k->size;
	s->inv = k->inv;
	s->nobjs = k->nobjs;
	s->nfree = k->nobjs;
	s->units = k->nobjs * (k->size / 16);
	s->listed = 0;
	s->u.s.scan = 0;
	for (i = 0; i < FREE_WORDS; i++) {
		unsigned int first = i * BITS_PER_WORD;

		if (first + BITS_PER_WORD <= k->nobjs)
			s->u.s.free[i] = ~0UL;
		else if (first < k->nobjs)
			s->u.s.free[i] = (1UL << (k->nobjs - first)) - 1;
		else
			s->u.s.free[i] = 0;
		s->u.s.recent[i] = 0;
	}
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

/* Steps 2 to 5 of the hierarchy above. */
void *small_alloc_slow(unsigned int c)
{
	struct span *s = heap.active[c];

	if (s->nfree) {
		while (!s->u.s.free[s->u.s.scan])
			s->u.s.scan++;
		return small_alloc(c);
	}
	s = heap.partial[c];
	if (s) {
		partial_remove(s);
	} else {
		s = pages_alloc(size_classes[c].npages);
		if (!s) {
			if (recent_flush())
				return small_alloc_slow(c);
			errno = ENOMEM;
			return NULL;
		}
		small_span_init(s, c);
	}
	heap.active[c] = s;
	while (!s->u.s.free[s->u.s.scan])
		s->u.s.scan++;
	return small_alloc(c);
}

/* A free into span s, not the active one, made it leave the full state or
 * become empty. */
void small_span_emptied(struct span *s)
{
	if (s->nfree == s->nobjs) {
		if (s->listed)
			partial_remove(s);
		pages_free(s);
	} else if (!s->listed) {
		partial_push(s);
	}
}

/*
 * The index of block p in small span s, after checking that p starts one
 * (with MM_HARDEN). The check rotates the offset right by 4: that divides
 * it by 16 when it is a multiple of 16 and makes it huge otherwise, so one
 * comparison with the span's length in 16-byte units rejects a misaligned
 * pointer, one past the last object and one below the span (as a stale
 * page map entry inside a free run may give: it can name the record of a
 * span elsewhere). Then, with u = offset / 16, d = size / 16 (both under
 * 2^16) and inv = ceil(2^32 / d), the high half of u * inv is u / d, and
 * the low half is under inv exactly when d divides u: one multiplication
 * does both. (Without the check, a plain shift keeps the index of any
 * pointer into the span inside it.)
 */
static inline unsigned int small_index(struct span *s, uintptr_t p,
				       const char *op)
{
	uintptr_t off = p - s->start;
	uint64_t u = HARDEN ? off >> 4 | (uint64_t)off << 60 : off >> 4;
	uint64_t m = u * s->inv;

	if (HARDEN && unlikely(u >= s->units || (uint32_t)m >= s->inv))
		heap_corrupt(op, "pointer into the middle of a block", (void *)p);
	return (unsigned int)(m >> 32);
}

/* Whether block i of span s is free or kept as a recent block. */
static inline int small_is_free(struct span *s, unsigned int i)
{
	unsigned int w = i / BITS_PER_WORD;

	return !!((s->u.s.free[w] | s->u.s.recent[w]) &
		  (1UL << (i % BITS_PER_WORD)));
}

/* Marks block i of span s free, and moves s between lists as needed. */
static always_inline void small_release(struct span *s, unsigned int i)
{
	unsigned int w = i / BITS_PER_WORD;

	s->u.s.free[w] |= 1UL << (i % BITS_PER_WORD);
	if (w < s->u.s.scan)
		s->u.s.scan = w;
	if (unlikely(s->nfree++ == 0 || s->nfree == s->nobjs) &&
	    s != heap.active[s->sclass])
		small_span_emptied(s);
}

static always_inline void small_free(struct span *s, uintptr_t p,
				      const char *op)
{
	unsigned int i = small_index(s, p, op);
	unsigned int w = i / BITS_PER_WORD, c = s->sclass, n = heap.nrecent[c];
	unsigned long bit = 1UL << (i % BITS_PER_WORD);
	struct recent *r;

	if (HARDEN && unlikely(small_is_free(s, i)))
		heap_corrupt(op, "double free of", (void *)p);
	if (IS_ENABLED(CONFIG_MM_JUNK))
		memset((void *)p, 0xdf, s->size);
	if (unlikely(n >= recent_keep[c])) {
		small_release(s, i);
		return;
	}
	r = &heap.recent[c][n];
	r->p = p;
	r->word = &s->u.s.recent[w];
	r->bit = bit;
	*r->word |= bit;
	heap.nrecent[c] = n + 1;
}

/*
 * Gives every recent block back to its span, so that spans left with no
 * block in use return to the page heap: for when the arena can grow no
 * more. Returns whether there was any.
 */
int recent_flush(void)
{
	unsigned int c, any = 0;

	for (c = 0; c < NCLASSES; c++) {
		while (heap.nrecent[c]) {
			const struct recent *r = &heap.recent[c][--heap.nrecent[c]];
			struct span *s = span_lookup(r->p);

			*r->word &= ~r->bit;
			small_release(s, small_index(s, r->p, "malloc"));
			any = 1;
		}
	}
	return any;
}

/* ---- large blocks ---- */

/* A run of npages for a large block of n bytes, from the page heap; when
 * memory has run out, again once the recent blocks have gone back. *dirty
 * (unless NULL) says whether any page may hold old contents. */
struct span *large_span(size_t npages, size_t n, size_t *dirty)
{
	struct span *s = pages_alloc(npages);

	if (!s && recent_flush())
		s = pages_alloc(npages);
	if (!s)
		return NULL;
	if (dirty)
		*dirty = s->u.f.dirty;	/* before u.l takes its place */
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

/* Ends the process over a pointer whose page is not in a small span. */
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
 * The span holding block p, or a message and the end of the process. Page
 * map entries inside free runs may be stale, so a span is trusted only
 * when it covers p; small_index() checks that for small spans.
 */
static inline struct span *block_span(void *p, const char *op)
{
	uintptr_t a = (uintptr_t)p;
	struct span *s = span_lookup(a);

	if (likely(s && s->state == SPAN_SMALL))
		return s;
	if (HARDEN && unlikely(!s || s->state != SPAN_LARGE || a != s->start))
		bad_block(s, p, op);
	return s;
}

/* The span of a block handed to an operation that reads it (realloc,
 * malloc_usable_size): as block_span, and with MM_HARDEN the block must
 * not be free or kept for reuse either. */
static struct span *live_block_span(void *p, const char *op)
{
	struct span *s = block_span(p, op);

	if (HARDEN && s->state == SPAN_SMALL &&
	    small_is_free(s, small_index(s, (uintptr_t)p, op)))
		heap_corrupt(op, "freed pointer", p);
	return s;
}

static size_t block_size(struct span *s)
{
	return s->state == SPAN_SMALL ? s->size : s->npages << PAGE_SHIFT;
}

static void block_free(void *p, const char *op)
{
	struct span *s = block_span(p, op);

	if (likely(s->state == SPAN_SMALL)) {
		small_free(s, (uintptr_t)p, op);
		return;
	}
	if (IS_ENABLED(CONFIG_MM_JUNK))
		memset(p, 0xdf, s->npages << PAGE_SHIFT);
	pages_free(s);
}

void *block_alloc(size_t n)
{
	if (likely(n <= SMALL_MAX))
		return small_alloc(class_of(n));
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
		return small_alloc(class_of(n));
	return malloc_locked(n);
}

void free(void *p)
{
	size_t page;
	struct span *s;

	/* NULL, like any block of another window, lies outside the first */
	if (IS_ENABLED(CONFIG_MM_LOCK) || !first_window_page((uintptr_t)p, &page))
		return free_locked(p);
	s = heap.win[0].map[page];
	if (unlikely(!s || s->state != SPAN_SMALL))
		return free_locked(p);
	small_free(s, (uintptr_t)p, "free");
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
		p = small_alloc(class_of(n));
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
 * has run out, in which case p is left as it was.
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
	q = resize_in_place(s, p, n ? n : 1);
	if (!q) {
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
	size_t n;

	if (!p)
		return 0;
	heap_lock();
	n = block_size(live_block_span(p, "malloc_usable_size"));
	heap_unlock();
	return n;
}
