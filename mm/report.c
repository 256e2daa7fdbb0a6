/*
 * What the heap tells the user about itself: bareheap_info, and the
 * BAREHEAP_DEBUG reports at start-up and exit, which read it. Apart from
 * mm/init.c, so that only a program that asks links them: one that calls
 * bareheap_info (or is linked with -Wl,-u,bareheap_info) honours
 * BAREHEAP_DEBUG, and one that only allocates carries neither the reports
 * nor the runtime's formatter.
 */
#include <bareheap.h>
#include <string.h>
#include "mm/heap.h"
#include "mm/os.h"

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
 * one description of the heap, not two. Start-up calls it, where it is
 * linked, once the arena is set up. */
void mm_report_arena(void)
{
	struct bareheap_info h;
	char limit[24], room[24];
	int random;

	if (!runtime_debug())
		return;
	bareheap_info(&h);
	random = strcmp(h.layout, "random") == 0;
	message("arena mode=%s base=%#lx size=%llu limit=%s footprint=%llu "
		"room=%s reserved=%llu unused=%s layout=%s%s%s",
		h.mode, h.base, h.size, limit_text(limit + sizeof(limit), h.limit),
		h.footprint, limit_text(room + sizeof(room), h.room),
		h.reserved, h.unused, random ? "" : "fixed (", h.layout,
		random ? "" : ")");
}

/* exit calls this last, where it is linked. */
void mm_exit(void)
{
	struct bareheap_info h;

	if (!runtime_debug())
		return;
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
