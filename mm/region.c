/*
 * The regions: the ranges of mapped arena, sorted by address. A range that
 * touches a region of its window on either side joins it, so that no two
 * regions of a window touch: the page heap merges free runs only within a
 * region, and the walk over the heap (mm/stats.c) goes region by region.
 * Growth "anywhere" lands each piece just below the previous one, so this
 * keeps the table short; where the pieces lie apart it has no limit but
 * the budget: the table starts in struct heap and moves to a mapping twice
 * its size each time it fills.
 */
#include "mm/heap.h"

static size_t table_bytes(int cap)
{
	size_t bytes = (size_t)cap * sizeof(struct region);

	return (bytes + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
}

/* Copies n regions from src to dst, which may overlap. A loop, not
 * memmove: the table is short, and a small program's heap would otherwise
 * link memmove and memcpy for these three moves alone. */
static void regions_move(struct region *dst, const struct region *src,
			 int n)
{
	int i;

	if (dst < src)
		for (i = 0; i < n; i++)
			dst[i] = src[i];
	else
		for (i = n; i-- > 0;)
			dst[i] = src[i];
}

/* The index of the first region that ends after a. */
static int region_after(uintptr_t a)
{
	int lo = 0, hi = heap.nregions;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (heap.regions[mid].end <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int region_holds(uintptr_t a)
{
	int i = region_after(a);

	return i < heap.nregions && heap.regions[i].start <= a;
}

/* Moves the table to a mapping of twice its size: 0, or -1. */
__attribute__((cold, noinline)) static int table_grow(void)
{
	size_t bytes = table_bytes(heap.region_cap * 2);
	struct region *t;

	t = meta_new(bytes);
	if (!t)
		return -1;
	regions_move(t, heap.regions, heap.nregions);
	if (heap.regions != heap.boot_regions)
		meta_free(heap.regions, table_bytes(heap.region_cap));
	heap.regions = t;
	heap.region_cap = (int)(bytes / sizeof(*t));
	return 0;
}

int region_add(unsigned int win, uintptr_t start, uintptr_t end)
{
	struct region *prev, *next;
	int i;

	if (!heap.regions) {
		heap.regions = heap.boot_regions;
		heap.region_cap = BOOT_REGIONS;
	}
	i = region_after(start);
	prev = i > 0 && heap.regions[i - 1].end == start &&
		heap.regions[i - 1].win == win ? &heap.regions[i - 1] : NULL;
	next = i < heap.nregions && heap.regions[i].start == end &&
		heap.regions[i].win == win ? &heap.regions[i] : NULL;
	if (prev && next) {		/* the range bridges two regions */
		prev->end = next->end;
		regions_move(next, next + 1, heap.nregions - i - 1);
		heap.nregions--;
		return 0;
	}
	if (prev || next) {
		if (prev)
			prev->end = end;
		else
			next->start = start;
		return 0;
	}
	if (heap.nregions == heap.region_cap && table_grow() != 0)
		return -1;
	regions_move(&heap.regions[i + 1], &heap.regions[i], heap.nregions - i);
	heap.regions[i].start = start;
	heap.regions[i].end = end;
	heap.regions[i].win = win;
	heap.nregions++;
	return 0;
}
