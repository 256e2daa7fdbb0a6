/* Memory start-up and exit, and what the heap tells the user about itself. */
#include <bareheap.h>
#include <string.h>
#include "mm/heap.h"
#include "mm/os.h"

/* The heap lives here, beside its start-up, so that any part of mm/ a
 * program links brings mm_init (which start-up calls if it is linked). */
struct heap heap;
int heap_lock_word;

/* Holds the active slot of every class until a real span arrives: its
 * bitmap is empty, so the fast path always falls through to the slow. */
struct span no_span;

/* Start-up calls this once, before the constructors and main. */
void mm_init(void)
{
	unsigned int c;

	for (c = 0; c < NCLASSES; c++)
		small_set_active(c, &no_span);
	heap.zero_after_unused = IS_ENABLED(CONFIG_MM_UNUSED_DONTNEED);
	if (os_page_size() > PAGE_SIZE)
		panic("page size %lu is larger than the heap's %lu",
		      os_page_size(), PAGE_SIZE);
	arena_init();
	if (runtime_debug())
		mm_report_arena();
}

/* exit calls this first: what the program frees from here on, the kernel
 * takes back with the rest. */
void mm_exiting(void)
{
	heap.exiting = 1;
}

void mm_exit(void)
{
	if (runtime_debug())
		mm_report_stats();
}

void heap_corrupt(const char *op, const char *what, const void *p)
{
	panic("%s(): %s %p", op, what, p);
}

/* A limit in decimal, ending just before end, or "none". */
static const char *limit_text(char *end, uint64_t limit)
{
	char *p;

	if (limit == UINT64_MAX)
		return "none";
	*--end = '\0';
	p = bh_digits(end, limit, 10, 0);
	if (p == end)
		*--p = '0';
	return p;
}

/* The arena decision, read back through bareheap_info as a program would:
 * one description of the heap, not two. */
void mm_report_arena(void)
{
	struct bareheap_info h;
	char limit[24], room[24];
	int random;

	bareheap_info(&h);
	random = strcmp(h.layout, "random") == 0;
	message("arena mode=%s base=%#lx size=%llu limit=%s footprint=%llu "
		"room=%s reserved=%llu unused=%s layout=%s%s%s",
		h.mode, h.base, h.size, limit_text(limit + sizeof(limit), h.limit),
		h.footprint, limit_text(room + sizeof(room), h.room),
		h.reserved, h.unused, random ? "" : "fixed (", h.layout,
		random ? "" : ")");
}

void mm_report_stats(void)
{
	struct bareheap_info h;

	bareheap_info(&h);
	message("stats mapped=%zu in_use=%zu pending=%zu released=%zu "
		"peak=%zu meta=%zu grows=%lu releases=%lu", h.mapped, h.in_use,
		h.pending, h.released, h.peak, heap.meta_mapped, heap.grows,
		heap.releases);
}

void bareheap_info(struct bareheap_info *info)
{
	const struct window *w = &heap.win[0];
	struct heap_totals t;

	heap_totals(&t);
	info->arch = CONFIG_ARCH_NAME;
	info->platform = IS_ENABLED(CONFIG_PLATFORM_BARE) ? "bare" : "linux";
	info->page_size = os_page_size();
	info->mode = heap.mode ? heap.mode : "none";
	info->base = heap.nwin ? w->base : 0;
	info->size = heap.nwin ? w->full : 0;
	info->reserved = heap.nwin ? w->reserved - w->base : 0;
	info->limit = heap.limit;
	info->footprint = heap.footprint;
	info->room = heap.room;
	info->unused = os_unused_name();
	info->layout = heap.layout;
	info->mapped = heap.mapped;
	info->in_use = t.in_use;
	info->pending = heap.dirty_pages << PAGE_SHIFT;
	info->released = (heap.free_pages - heap.dirty_pages) << PAGE_SHIFT;
	info->peak = heap.peak_pages << PAGE_SHIFT;
}
