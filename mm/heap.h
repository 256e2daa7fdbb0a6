/*
 * The heap's structures and the inline helpers its files share. The design
 * is described at the top of mm/malloc.c.
 */
#ifndef MM_HEAP_H
#define MM_HEAP_H

#include <stddef.h>
#include <stdint.h>
#include "kernel/runtime.h"
#include "mm/plan.h"

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define ALIGNMENT	16		/* every block, >= _Alignof(max_align_t) */
#define SMALL_MAX	32768		/* larger blocks are whole page runs */
#define NCLASSES	40		/* size classes 16 .. SMALL_MAX */
#define DIRECT_MAX	1024		/* sizes up to this find their span in
					   one table (struct heap's direct) */
#define SPAN_MAX_OBJS	256		/* objects in one small span, at most */
#define BITS_PER_WORD	(8 * sizeof(unsigned long))
#define FREE_WORDS	(SPAN_MAX_OBJS / BITS_PER_WORD)
#define EXACT_BINS	128		/* free runs of 1..127 pages: one list each */
#define MAX_WINDOWS	4
#define BOOT_REGIONS	16		/* regions described before the region
				   table moves to a mapping (mm/region.c) */
/* The high window's boot maps (struct window): pages they describe, and
 * span records to use before any is mapped; none without a high window. */
#define BOOT_PAGES	(IS_ENABLED(CONFIG_MM_HIGH_ARENA) ? 512 : 0)
#define BOOT_RECORDS	(IS_ENABLED(CONFIG_MM_HIGH_ARENA) ? 8 : 0)

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define always_inline	inline __attribute__((always_inline))

/* What a span record describes. A record is SPAN_NONE while spare; the
 * arena hands new pages to the page heap as a SPAN_FRESH run (none of them
 * touched yet), which becomes SPAN_FREE there; the page heap hands out runs
 * as SPAN_LARGE, and small blocks make theirs SPAN_SMALL. */
enum span_state { SPAN_NONE, SPAN_FRESH, SPAN_FREE, SPAN_SMALL, SPAN_LARGE };

/*
 * A span is a run of whole pages with one job: free, carved into objects of
 * one size class (small), or one large block. Span records live outside
 * the arena, in their own mappings, so no block overflow reaches them.
 *
 * What malloc and free read of a small span comes first, in one 64-byte
 * cache line on a 64-bit target (records are aligned to it). For any span, block_index() of an address
 * is below nobjs exactly when the address starts an object of a small
 * span: a span that is not small has nobjs 0.
 */
_Static_assert(SMALL_MAX <= UINT16_MAX, "a small size fits struct span's size");
#define HOT_NONE	UINT16_MAX
_Static_assert(32 * PAGE_SIZE / ALIGNMENT + 1 < HOT_NONE,
	       "a block's offset in its span fits struct span's hot");
struct span {
	uintptr_t start;
	uintptr_t inv;			/* small: inverse of the odd part of
					   size, modulo 2^(bits of a pointer) */
	uint16_t size;			/* small: object size */
	uint16_t hot;			/* small: HOT_NONE unless active;
					   active: the hot slot, 0 (empty)
					   or 1 + the offset / ALIGNMENT of
					   a block (see malloc.c) */
	uint16_t nobjs, nfree;		/* small: total and free objects,
					   the hot slot's block not free */
	uint16_t moves_at;		/* small: the free count at which the
					   span changes lists (see malloc.c) */
	uint8_t shift;			/* small: trailing zero bits of size */
	uint8_t scan;			/* small: the word of free that malloc
					   looks in first */
	uint8_t state;
	uint8_t sclass;			/* small: size class */
	uint8_t win;			/* the window it lies in */
	uint8_t listed;			/* small: on its class's partial list */
	union {
		unsigned long free[FREE_WORDS];	/* small: 1 = free object */
		struct {		/* free */
			size_t dirty;	/* pages that may be resident */
			unsigned long since;	/* dirty: the page heap's
					   epoch when the longest idle of
					   them was freed */
			struct span *dnext, *dprev;	/* dirty: the
					   list of runs with such pages */
		} f;
		struct {		/* large */
			size_t request;	/* bytes asked for */
		} l;
	} u;
	size_t npages;
	struct span *next, *prev;	/* free: its bin; small: class list */
} __attribute__((aligned(8 * sizeof(void *))));

/*
 * A window is a range of address space the heap may use, with its page map
 * (one span pointer per page) and its resident map (one bit per page: set
 * while the page may hold memory). Both are mapped in whole for what the
 * window describes (the kernel hands out zero pages for the untouched
 * parts), so any address can be looked up safely. Pages of spans in use all
 * point to their span; a free span is reached from its first and its last
 * page.
 *
 * The high window begins on boot maps in the program's bss, which describe
 * its first BOOT_PAGES: a program that stays within them, and within the
 * boot span records, maps no metadata. When it grows past them or needs
 * more records, the window's whole maps are mapped, records along, and the
 * boot maps copied in (mm/arena.c).
 */
struct window {
	uintptr_t base;
	size_t size;			/* bytes the page map describes */
	size_t full;			/* ... once mapped in whole */
	struct span **map;
	unsigned long *resident;
	uintptr_t grown;		/* mapped up to here, contiguously */
	uintptr_t reserved;		/* reservation ends here (low scheme) */
	int high;			/* grows only at grown, exactly */
};

/* A mapped range of arena, in one window; no two of one window touch. */
struct region {
	uintptr_t start, end;
	unsigned int win;
};

struct size_class {
	uint32_t size;
	uint16_t nobjs, npages;		/* of a span */
	uint8_t shift;			/* as in struct span */
};

/* The inverse of odd modulo 2^(bits of a pointer), for a span's inv: odd
 * is its own inverse modulo 2^3, and each Newton step x * (2 - odd * x)
 * doubles the bits that are right. Computed when a span is made, so that
 * the class table holds no word per class. */
static inline uintptr_t odd_inverse(uintptr_t odd)
{
	uintptr_t x = odd;
	unsigned int bits;

	for (bits = 3; bits < 8 * sizeof(x); bits *= 2)
		x *= 2 - odd * x;
	return x;
}

/* The number of the object at p in span s: below s->nobjs exactly when p
 * starts an object of s (see the top of mm/malloc.c). */
static always_inline uintptr_t block_index(const struct span *s, uintptr_t p)
{
	uintptr_t x = (p - s->start) * s->inv;

	return x >> s->shift | x << (-s->shift & (8 * sizeof(x) - 1));
}

/* The block in hot slot h (not 0) of small span s. */
static always_inline uintptr_t hot_block(const struct span *s, unsigned int h)
{
	return s->start + ((uintptr_t)h - 1) * ALIGNMENT;
}

/* Whether small span s holds a block in its hot slot. */
static inline int hot_held(const struct span *s)
{
	return s->hot != 0 && s->hot != HOT_NONE;
}

/*
 * The whole heap: one instance, single-threaded unless MM_LOCK. What
 * start-up touches (up to the first region) comes first, so that in a
 * small program it shares a page with the runtime's data, which the kernel
 * has touched already.
 */
struct heap {
	/* where small blocks of up to DIRECT_MAX bytes come from, by
	 * (bytes + 15) / 16: each class's active span */
	struct span *direct[DIRECT_MAX / 16 + 1];
	struct span *active[NCLASSES];	/* where small blocks come from */
	struct span *partial[NCLASSES];	/* other spans with free objects */
	struct span *empty[NCLASSES];	/* a span with no block in use, kept */
	struct window win[MAX_WINDOWS];
	int nwin, grow_win;		/* windows; the one growth extends */
	int nregions, region_cap;	/* regions, sorted by address */
	struct region *regions;		/* boot_regions, then a mapping */
	/* page heap */
	unsigned long binmap[EXACT_BINS / BITS_PER_WORD];
	struct span *dirty;		/* free runs with pages that may be
					   resident, pending release */
	size_t dirty_pages;		/* their pages that may be resident */
	size_t free_pages;		/* all free pages */
	unsigned long epoch;		/* calls of the page heap so far */
	unsigned long release_due;	/* the epoch of the next release
					   pass (mm/release_deferred.c) */
	/* span records */
	struct span *spare;		/* recycled records */
	struct span *pool, *pool_end;	/* fresh records, taken from the end */
	/* statistics, in bytes except where named */
	size_t mapped;			/* arena bytes mapped */
	size_t meta_mapped;		/* metadata bytes mapped */
	uint64_t held;			/* address space held: all of the above,
					   and reservations not yet mapped
					   (budget_charge, budget_refund) */
	size_t used_pages, peak_pages;	/* pages in spans in use */
	unsigned long grows, releases;
	int zero_after_unused;		/* released pages read back as zero */
	int release_failed;		/* the kernel refused to take pages back */
	int exiting;			/* exit has begun: nothing goes back */
	/* the arena decisions, for the report */
	const char *mode;
	const char *layout;		/* "random", or why the layout is fixed */
	uint32_t layout_bits[2];	/* random: high base, low reservation */
	uint64_t limit, footprint, room;
	uint64_t budget;		/* address space the heap may hold in
					   all, under a limit it planned for */
	struct plan plan;		/* the newest window's size */
	struct plan_input plan_in;	/* kept to plan a fallback later */
	/* the high window's first metadata, with boot_map (mm/arena.c) */
	struct span boot_records[BOOT_RECORDS];
	unsigned long boot_resident[BOOT_PAGES / BITS_PER_WORD];
	struct span *bins[EXACT_BINS];	/* free runs by page count; [0]: big */
	struct region boot_regions[BOOT_REGIONS];
};

extern struct heap heap;
/* The size classes (mm/sizeclass.c). */
extern const struct size_class size_classes[NCLASSES];
extern const uint8_t small_class[1024 / 16 + 1];

/* Size class of a request of 0..SMALL_MAX bytes (0 gets the smallest). */
static inline unsigned int class_of(size_t n)
{
	unsigned int bits;

	if (n <= 1024)
		return small_class[(n + 15) >> 4];
	bits = 8 * sizeof(long) - 1 - __builtin_clzl(n - 1);
	return 8 + (bits - 7) * 4 + (((n - 1) >> (bits - 2)) & 3);
}

/* The free count at which a full small span of nobjs objects rejoins its
 * class's partial list. */
static inline unsigned int rejoin_at(unsigned int nobjs)
{
	return nobjs >= 16 ? nobjs / 8 : 1;
}

/* Whether the first window describes address p (the common case, and all
 * that free's fast path handles); *page is then p's page in it. */
static inline int first_window_page(uintptr_t p, size_t *page)
{
	uintptr_t off = p - heap.win[0].base;

	*page = off >> PAGE_SHIFT;
	return likely(off < heap.win[0].size);
}

/* The span that holds address p, or NULL when no window describes it. */
__attribute__((cold)) struct span *span_lookup_slow(uintptr_t p);

static inline struct span *span_lookup(uintptr_t p)
{
	size_t page;

	return first_window_page(p, &page) ? heap.win[0].map[page] :
		span_lookup_slow(p);
}

/* Records s in the page map: every page, or (free) the first and last. */
void span_map(struct span *s);

/* Marks the pages of s as possibly resident. */
void span_touch(struct span *s);

/* Calls fn on each run of possibly resident pages in [start, +npages) and
 * counts them; SIZE_MAX as soon as fn returns non-zero. */
size_t resident_runs(struct window *w, uintptr_t start, size_t npages,
		     int (*fn)(uintptr_t start, size_t bytes));

/* Layout randomization (mm/arena.c): a random page multiple below span,
 * from 32 random bits. The high window's base lies that far above the
 * hint, for a span of HIGH_SPREAD(hint). */
#define HIGH_SPREAD(hint)	((hint) / 2)

static inline uint64_t layout_shift_by(uint32_t bits, uint64_t span)
{
	uint64_t pages = span >> PAGE_SHIFT;

	return pages ? bits % pages << PAGE_SHIFT : 0;
}

/*
 * The layers, each calling only those above it here: the budget, the
 * metadata mappings and span records, the regions, the arena, the page
 * heap and its release policy, then blocks (mm/malloc.c) and the API. Under
 * them all, the OS layer (mm/os.h).
 */

/* The budget (mm/budget.c). budget_charge counts bytes more of address
 * space as held (heap.held): 0, or -1 and nothing counted when, under a
 * limit the heap planned for, the budget has no room for them.
 * budget_refund gives back what a charge took. */
int budget_charge(size_t bytes);
void budget_refund(size_t bytes);
/* Whether bytes more would fit the budget, charging nothing. */
int within_budget(size_t bytes);
/* Reads the limits and plans the arena and the budget, with the floor
 * given, into p. */
void budget_plan(uint64_t floor, struct plan *p);
/* Plans again with the limits as they are now: whether the budget grew. */
int budget_replan(struct plan *p);

/* Metadata (mm/meta.c). meta_new maps bytes of metadata, counted as held
 * and as metadata: NULL when neither a new mapping nor the reservation can
 * give them. meta_free unmaps what meta_new gave and counts it no more. */
void *meta_new(size_t bytes);
void meta_free(void *v, size_t bytes);
/* A zeroed span record (SPAN_NONE), or NULL when none can be mapped;
 * span_record_free makes one spare again. */
struct span *span_record(void);
void span_record_free(struct span *s);

/* The regions (mm/region.c): records that [start, end) of window win is
 * mapped arena, merged with the regions it touches. 0, or -1 when the
 * table cannot grow. */
int region_add(unsigned int win, uintptr_t start, uintptr_t end);
/* Whether address a is mapped arena. */
int region_holds(uintptr_t a);

/* The arena (mm/arena.c). arena_init chooses where the heap lives and
 * arena_grow maps at least npages more (0, or -1 when memory has run
 * out); each hands over, listed by next, the SPAN_FRESH runs it mapped on
 * the way (*fresh for arena_grow, even when it fails). */
struct span *arena_init(void);
int arena_grow(size_t npages, struct span **fresh);
/* span_record for the page heap: when no record is left, the high window,
 * on its boot maps, first maps its whole maps with records along. */
struct span *arena_record(void);

/* The page heap (mm/pages.c). pages_init takes the arena's first runs. */
void pages_init(void);
/* A run of npages, SPAN_LARGE, or NULL when memory has run out; *dirty
 * (unless dirty is NULL) is how many of its pages may hold old contents. */
struct span *pages_alloc(size_t npages, size_t *dirty);
/* Gives run s, in use or SPAN_FRESH, back to the page heap. */
void pages_free(struct span *s);
int pages_grow_in_place(struct span *s, size_t npages);
void pages_trim(struct span *s, size_t keep);
int pages_trim_front(struct span *s, size_t lead);
/* Hands the resident pages of free run s back to the kernel (unused).
 * 0, or -1 when the kernel kept them (they stay counted as resident). */
int pages_release(struct span *s);
/* Hands back the possibly resident pages of every free run: whether any
 * went back. */
int pages_release_all(void);

/* The release policy (mm/release_*.c). The page heap calls release_freed
 * after a free whose run s now holds possibly resident pages, and
 * release_allocated after every allocation, with the pages of it that
 * were not resident (the caller is about to touch them). */
void release_freed(struct span *s);
void release_allocated(size_t fresh);

/* Blocks (mm/malloc.c). */
extern struct span no_span;
void *small_alloc_slow(unsigned int c);
void small_span_moves(struct span *s);
void small_set_active(unsigned int c, struct span *s);
int small_give_back(void);
void *block_alloc(size_t n);
struct span *large_span(size_t npages, size_t n, size_t *dirty);

/* Reports (mm/init.c, mm/report.c, mm/stats.c). */
__attribute__((noreturn, cold))
void heap_corrupt(const char *op, const char *what, const void *p);
void mm_report_arena(void);

struct heap_totals {
	size_t in_use;			/* bytes in live blocks */
	size_t small_spans, large_spans, free_spans;
	size_t blocks[NCLASSES];	/* live small blocks by class */
	size_t spans[NCLASSES];		/* small spans by class */
};
void heap_totals(struct heap_totals *t);

/* Calls fn on every span of the heap, in address order within a region,
 * checking that the page map leads from each span to the next. Returns
 * NULL, or what was wrong (with *where, the address). */
const char *heap_walk(void (*fn)(struct span *s, void *arg), void *arg,
		      uintptr_t *where);


#endif
