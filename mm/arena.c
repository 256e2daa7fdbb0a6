/*
 * The arena: the address space the heap's pages come from, chosen once at
 * start-up and grown on demand.
 *
 * high      (64-bit) A window at CONFIG_MM_HIGH_HINT (or above, see
 *           below), sized to fit the
 *           limits. Nothing is reserved up front (ulimit -v users object to
 *           huge PROT_NONE mappings): each piece is mapped at the exact
 *           next address and checked. The first, mapped at start-up, is
 *           the probe: where the kernel puts it elsewhere, or refuses it,
 *           the heap takes the low scheme. Its metadata, too, is mapped
 *           only when the window grows past its first piece: until then
 *           the boot maps in the program's bss describe it.
 * low       A reservation past the program's break (and BRK_ROOM for
 *           brk and sbrk to grow into), sized to fit the
 *           limits (512 MiB by default, retried at half the size down to
 *           64 KiB), grown by mapping pieces of it. Past the reservation,
 *           growth continues next to it or wherever the kernel places a
 *           mapping, as long as the window's page map describes it.
 * fallback  The low scheme, on a 64-bit target whose kernel refused the
 *           high address (User-Mode Linux, emulators with a small address
 *           space), at start-up or at a later growth.
 *
 * Every mapping the heap makes (arena, page maps, span records) comes out
 * of the same budget: limit - what the process uses - a margin.
 *
 * Layout randomization (CONFIG_MM_ASLR): the high window's base moves up
 * from the hint, and the low reservation's hint up from the end of
 * BRK_ROOM, each by a random number of pages drawn from 32 bits of
 * AT_RANDOM. The high base stays within half the hint above it: where the
 * hint fits the address space with room to spare (47 or 48 bits) the whole
 * range does, and where it lies beyond (39-bit aarch64, Sv39) so does the
 * range, the probe fails and the heap falls back as it would at the hint.
 * The low reservation moves within LOW_SPREAD: space it leaves below is
 * still the heap's, by growth wherever the kernel maps. Where the layout
 * is fixed (the option off, ADDR_NO_RANDOMIZE, no AT_RANDOM) nothing
 * moves: every address is the fixed layout's, byte for byte.
 */
#include "mm/heap.h"
#include "mm/os.h"

#define MiB		(1UL << 20)
#define GROW_CHUNK	(2 * MiB)
#define BOOT_BYTES	((size_t)BOOT_PAGES << PAGE_SHIFT)
#define LOW_MIN		(16 * PAGE_SIZE)	/* the smallest reservation */
#define BRK_ROOM	(32 * MiB)	/* left after the break for brk and
					   sbrk, before the low reservation */
#define ANYWHERE_MAX	(64 * MiB)	/* growth chunk outside the window's
					   reservation, at most */
#define WINDOW_RECORDS	(64 * 1024 - PAGE_SIZE / 2)	/* bytes of span
					   records a window maps along */
#define LOW_SPREAD	(256 * MiB)	/* the low reservation moves up by
					   less than this, at random */

enum { SHIFT_HIGH, SHIFT_LOW };		/* which of heap.layout_bits */

/* The first piece of a high window lies within its boot maps. */
_Static_assert(!BOOT_PAGES || GROW_CHUNK <= BOOT_BYTES,
	       "boot maps shorter than a piece");

/* The high window's first page map. Page-aligned: start-up, which writes
 * its first and last entries, faults in one page instead of mapping
 * metadata. */
static struct span *boot_map[BOOT_PAGES]
	__attribute__((aligned(BOOT_PAGES ? PAGE_SIZE : sizeof(void *))));

static uint64_t meta_per_page(void)
{
	/* page map entry, worst-case span record, resident bit (rounded up) */
	return sizeof(struct span *) + sizeof(struct span) + 1;
}

static size_t round_up(size_t n, size_t to)
{
	return (n + to - 1) & ~(to - 1);
}

/* Maps the metadata of a window of pages: span records if the pool is
 * empty (one for every four pages, for a small window), the resident map right after them, and the page map from the next
 * page. Records are taken from the end of the pool, so the first ones share
 * a page with the start of the resident map. */
static int meta_map(size_t pages, struct span ***map, unsigned long **resident)
{
	size_t records = pages / 4 + 1 < WINDOW_RECORDS / sizeof(struct span) ?
		pages / 4 + 1 : WINDOW_RECORDS / sizeof(struct span);
	size_t rec_bytes = heap.pool == heap.pool_end ?
		records * sizeof(struct span) : 0;
	size_t bit_bytes = round_up(rec_bytes + (pages + 7) / 8, PAGE_SIZE) -
		rec_bytes;
	size_t map_bytes = round_up(pages * sizeof(struct span *), PAGE_SIZE);
	char *meta = meta_new(rec_bytes + bit_bytes + map_bytes);

	if (!meta)
		return -1;
	if (rec_bytes) {
		heap.pool = (struct span *)meta;
		heap.pool_end = heap.pool + rec_bytes / sizeof(struct span);
	}
	*resident = (unsigned long *)(meta + rec_bytes);
	*map = (struct span **)(meta + rec_bytes + bit_bytes);
	return 0;
}

/*
 * Adds a window of size bytes at base. The high window (only ever the
 * first) begins on the boot maps and records (boot_map, struct heap): a
 * program that stays within its first BOOT_PAGES maps no metadata, and
 * start-up saves a mapping and its page faults. Like the high window's
 * pieces, its whole maps are mapped when it grows (or runs out of boot
 * records), and a kernel that refuses them sends the heap to the low
 * scheme. A low window maps its metadata at once, beside its reservation:
 * what it has reserved, it can use.
 */
static int window_add(uintptr_t base, size_t size, uintptr_t reserved,
		      int high)
{
	struct window *w = &heap.win[heap.nwin];

	if (heap.nwin == MAX_WINDOWS)
		return -1;
	if (BOOT_PAGES && high) {
		heap.pool = heap.boot_records;
		heap.pool_end = heap.pool + BOOT_RECORDS;
		w->map = boot_map;
		w->resident = heap.boot_resident;
		w->size = size > BOOT_BYTES ? BOOT_BYTES : size;
	} else if (meta_map(size >> PAGE_SHIFT, &w->map, &w->resident) != 0) {
		return -1;
	} else {
		w->size = size;
	}
	w->full = size;
	w->base = base;
	w->grown = base;
	w->reserved = reserved;
	w->high = high;
	if (base)	/* not the window below the image: growth extends it */
		heap.grow_win = heap.nwin;
	heap.nwin++;
	return 0;
}

/* How far the page map of a low window reaches: the whole reservation, and
 * past it only as far as the limits (as planned in p) and the address
 * space allow. */
static size_t low_cover(uintptr_t base, size_t reserved, const struct plan *p)
{
	uint64_t cover = (uint64_t)CONFIG_MM_LOW_COVER_GB << 30;
	uint64_t top = (uint64_t)UINTPTR_MAX - base + 1;

	if (p->kind != PLAN_UNLIMITED && cover > p->room)
		cover = p->room;
	if (cover > top)
		cover = top & ~(uint64_t)(PAGE_SIZE - 1);
	return cover > reserved ? (size_t)cover : reserved;
}

/* What window w may describe in the room the limits leave now (p): the
 * high window the arena p plans, up to the configured size; a low one its
 * reservation and as far past it as low_cover reaches. Never less than it
 * describes already. */
static size_t window_want(const struct window *w, const struct plan *p)
{
	uint64_t high = (uint64_t)CONFIG_MM_HIGH_ARENA_GB << 30;
	uint64_t want = !w->high ?
		low_cover(w->base, w->reserved - w->base, p) :
		p->kind == PLAN_FITTED && p->arena < high ? p->arena : high;

	return want > w->size ? (size_t)want : w->size;
}

/*
 * Gives window w maps for the room the limits leave now, where it has less:
 * the high window, while on its boot maps, whole maps of its own (and span
 * records, when the pool is empty); any window sized for a limit that has
 * since been raised, wider ones, the old page map handed back. 0, or -1
 * when they cannot be mapped (w then stays as it was). The window below
 * the image (base 0) describes all there is already.
 */
__attribute__((cold, noinline)) static int window_widen(struct window *w)
{
	size_t pages = w->size >> PAGE_SHIFT, i, size;
	size_t old_bytes = round_up(pages * sizeof(struct span *), PAGE_SIZE);
	int boot = BOOT_PAGES && w->map == boot_map;
	struct span **map, **old = w->map;
	unsigned long *resident;
	struct plan p;

	if (!w->base)
		return 0;
	budget_replan(&p);
	size = window_want(w, &p);
	if (!boot && size - w->size < w->size / 8)
		return 0;	/* not worth new maps */
	if (meta_map(size >> PAGE_SHIFT, &map, &resident) != 0)
		return -1;
	for (i = 0; i < pages; i++)
		map[i] = old[i];
	for (i = 0; i < pages; i += BITS_PER_WORD)
		resident[i / BITS_PER_WORD] = w->resident[i / BITS_PER_WORD];
	w->map = map;
	w->resident = resident;
	w->size = w->full = size;
	if (!boot)	/* the old resident bits share a page with records */
		meta_free(old, old_bytes);
	return 0;
}

struct span *arena_record(void)
{
	/* the high window, on its boot maps, maps records along with its
	 * whole maps */
	if (!heap.spare && heap.pool == heap.pool_end && heap.nwin)
		window_widen(&heap.win[0]);
	return span_record();
}

/* The runs mapped since the page heap last took them, in address order
 * of their mapping (fresh_take). */
static struct span *fresh_first, **fresh_last = &fresh_first;

static struct span *fresh_take(void)
{
	struct span *s = fresh_first;

	fresh_first = NULL;
	fresh_last = &fresh_first;
	return s;
}

/* Records [start, start + bytes) of window w as a fresh run, for the page
 * heap to take. */
static int add_run(struct window *w, uintptr_t start, size_t bytes)
{
	struct span *s = arena_record();

	if (!s)
		return -1;
	s->state = SPAN_FRESH;
	s->start = start;
	s->npages = bytes >> PAGE_SHIFT;
	s->win = (uint8_t)(w - heap.win);
	if (region_add(s->win, start, start + bytes) != 0) {
		span_record_free(s);
		return -1;
	}
	heap.mapped += bytes;
	heap.grows++;
	if (start == w->grown)
		w->grown = start + bytes;
	s->next = NULL;
	*fresh_last = s;
	fresh_last = &s->next;
	return 0;
}

/* Decides whether the layout is random (heap.layout), and draws its bits. */
static void layout_init(void)
{
	const unsigned char *r;
	const char *why;
	int i;

	heap.layout = "MM_ASLR off";
	if (!IS_ENABLED(CONFIG_MM_ASLR))
		return;
	r = os_layout_random(&why);
	if (!r) {
		heap.layout = why;
		return;
	}
	for (i = 0; i < 8; i++)
		heap.layout_bits[i / 4] |= (uint32_t)r[i] << (8 * (i % 4));
	heap.layout = "random";
}

/* A random page multiple below span where the layout is random; 0 where
 * it is fixed (its bits are 0). */
static uint64_t layout_shift(int which, uint64_t span)
{
	return IS_ENABLED(CONFIG_MM_ASLR) ?
		layout_shift_by(heap.layout_bits[which], span) : 0;
}

/* Maps the first piece of the high window exactly at its base (the hint,
 * moved up where the layout is random): the probe, and the heap's first
 * memory. Kernels before 4.17 take
 * MAP_FIXED_NOREPLACE as a hint; mm/os_linux.c checks where it landed. */
static int high_try(void)
{
	uintptr_t hint = IS_ENABLED(CONFIG_MM_HIGH_ARENA) ?
		(uintptr_t)(uint64_t)CONFIG_MM_HIGH_HINT : 0;
	size_t first = heap.plan.arena < GROW_CHUNK ?
		heap.plan.arena : GROW_CHUNK;
	int ok;

	if (!hint || heap.plan.kind == PLAN_TOO_TIGHT || !first)
		return 0;
	hint += layout_shift(SHIFT_HIGH, HIGH_SPREAD(hint));
	if (budget_charge(first) != 0)
		return 0;
	if (!os_map_new((void *)hint, first, 1)) {
		budget_refund(first);
		return 0;
	}
	ok = window_add(hint, heap.plan.arena, hint, 1) == 0;
	if (!ok || add_run(&heap.win[0], hint, first) != 0) {
		/* a window without it grows from the hint later */
		os_free((void *)hint, first);
		budget_refund(first);
	}
	return ok;
}

/* Reserves the low window, retrying at half the size down to LOW_MIN. A
 * limit too tight to plan with still bounds the first try: the arena that
 * fits the room with its metadata, since the kernel would refuse more. */
static int low_try(void)
{
	uintptr_t end = os_break() > (uintptr_t)_end ? os_break() :
		(uintptr_t)_end;
	uintptr_t hint = round_up(end + BRK_ROOM, MiB) +
		layout_shift(SHIFT_LOW, LOW_SPREAD);
	uint64_t size = heap.plan.arena;
	void *v;

	if (heap.plan.kind == PLAN_TOO_TIGHT) {
		struct plan_input in = heap.plan_in;
		struct plan fit;

		in.floor = 0;
		plan_arena(&in, &fit);
		size = fit.arena;
	}
	for (; size >= LOW_MIN; size /= 2) {
		size = size & ~(uint64_t)(PAGE_SIZE - 1);
		if (size > SIZE_MAX || budget_charge(size) != 0)
			continue;
		v = os_reserve((void *)hint, size);
		if (!v) {
			budget_refund(size);
			continue;
		}
		if (window_add((uintptr_t)v, low_cover((uintptr_t)v, size,
							&heap.plan),
			       (uintptr_t)v + size, 0) == 0)
			return 1;
		os_free(v, size);
		budget_refund(size);
	}
	return 0;
}

struct span *arena_init(void)
{
	struct plan_input *in = &heap.plan_in;
	int high_wanted = IS_ENABLED(CONFIG_MM_HIGH_ARENA);

	in->margin = CONFIG_MM_FOOTPRINT_MARGIN_KB * 1024ULL;
	in->floor = CONFIG_MM_LIMIT_FLOOR_MB * (uint64_t)MiB;
	in->want = high_wanted ? (uint64_t)CONFIG_MM_HIGH_ARENA_GB << 30 :
		CONFIG_MM_LOW_ARENA_MB * (uint64_t)MiB;
	in->page = PAGE_SIZE;
	in->meta_per_page = meta_per_page();
	budget_plan(in->floor, &heap.plan);
	layout_init();

	if (high_try()) {
		heap.mode = "high";
		return fresh_take();
	}
	heap.mode = high_wanted && heap.plan.kind != PLAN_TOO_TIGHT ?
		"fallback" : "low";
	if (high_wanted) {	/* the low scheme's own size, fitted alike */
		heap.plan_in.want = CONFIG_MM_LOW_ARENA_MB * (uint64_t)MiB;
		plan_arena(&heap.plan_in, &heap.plan);
	}
	if (!low_try())
		heap.mode = "none";
	return fresh_take();
}

/* Plans a low window after the high one, in the room the limits, read
 * again, leave the heap. The floor that guards start-up against a limit
 * too tight to plan with does not apply: the room left is known. */
__attribute__((cold, noinline)) static int fallback_try(void)
{
	struct plan_input in;
	struct plan now;

	budget_replan(&now);		/* the limits as they are now */
	in = heap.plan_in;

	in.as_used += heap.held;
	in.data_used += heap.held;
	in.floor = 0;
	in.want = CONFIG_MM_LOW_ARENA_MB * (uint64_t)MiB;
	plan_arena(&in, &heap.plan);
	if (heap.plan.kind == PLAN_FITTED && heap.plan.arena < LOW_MIN)
		return 0;
	if (!low_try())
		return 0;
	heap.mode = "fallback";
	return 1;
}

/* Maps the next piece of w at exactly w->grown: inside its reservation, or
 * past it. Tries a generous chunk first, then exactly what is needed. */
static int grow_next(struct window *w, size_t want)
{
	size_t room = w->base + w->size - w->grown;
	size_t sizes[2] = { want > GROW_CHUNK ? want : GROW_CHUNK, want };
	int i;

	if (w->grown < w->reserved) {
		size_t left = w->reserved - w->grown;
		size_t n = left < sizes[0] ? left : sizes[0];

		/* Already held: mapping inside the reservation costs no
		 * more address space. */
		if (os_map((void *)w->grown, n) != 0)
			return -1;
		return add_run(w, w->grown, n);
	}
	for (i = 0; i < 2; i++) {
		void *v;

		if (sizes[i] > room || budget_charge(sizes[i]) != 0)
			continue;
		v = os_map_new((void *)w->grown, sizes[i], 1);
		if (!v) {
			budget_refund(sizes[i]);
			continue;
		}
		if (add_run(w, (uintptr_t)v, sizes[i]) == 0)
			return 0;
		os_free(v, sizes[i]);
		budget_refund(sizes[i]);
		return -1;
	}
	return -1;
}

/*
 * The window that describes [v, v + n), a mapping the kernel placed where
 * it liked: a low window whose page map reaches it, or, below the lowest
 * low window (the kernel hands out that space once the space above is
 * full), a window for everything under it, added on first need. NULL when
 * none can describe it.
 */
static struct window *window_for(uintptr_t v, size_t n)
{
	struct window *low = NULL;
	int i;

	for (i = 0; i < heap.nwin; i++) {
		struct window *w = &heap.win[i];

		if (w->high)
			continue;
		if (v - w->base < w->size && n <= w->size - (v - w->base))
			return w;
		if (!low || w->base < low->base)
			low = w;
	}
	if (!low || v >= low->base || n > low->base - v)
		return NULL;
	if (window_add(0, low->base, 0, 0) != 0)
		return NULL;
	return &heap.win[heap.nwin - 1];
}

/* A low window also grows by mappings wherever the kernel puts them: a
 * chunk that grows with the heap (an eighth of it, up to ANYWHERE_MAX:
 * fewer mappings for the kernel to search), then GROW_CHUNK, then exactly
 * what is needed, as the address space runs out. */
static int grow_anywhere(size_t want)
{
	size_t chunk = heap.mapped / 8 < ANYWHERE_MAX ? heap.mapped / 8 :
		ANYWHERE_MAX;
	size_t sizes[3] = { round_up(want > chunk ? want : chunk, GROW_CHUNK),
			    round_up(want, GROW_CHUNK), want };
	int i;

	for (i = 0; i < 3; i++) {
		struct window *w;
		uintptr_t v;

		if ((i && sizes[i] == sizes[i - 1]) ||
		    budget_charge(sizes[i]) != 0)
			continue;
		v = (uintptr_t)os_map_new(NULL, sizes[i], 0);
		if (!v) {
			budget_refund(sizes[i]);
			continue;
		}
		w = window_for(v, sizes[i]);
		if (w && add_run(w, v, sizes[i]) == 0)
			return 0;
		os_free((void *)v, sizes[i]);
		budget_refund(sizes[i]);
		return -1;
	}
	return -1;
}

static int grow(size_t npages)
{
	size_t want = npages << PAGE_SHIFT, held;
	struct window *w;

	if (heap.nwin == 0 || want >> PAGE_SHIFT != npages)
		return -1;
	w = &heap.win[heap.grow_win];
	/* near the end of its maps (the boot maps, or maps sized for a limit
	 * since raised), a window widens them first */
	if (w->base + w->size - w->grown < (want > GROW_CHUNK ? want : GROW_CHUNK))
		window_widen(w);	/* or grows as far as they reach */
	/* what the reservation has left is held already */
	held = w->reserved > w->grown ? w->reserved - w->grown : 0;
	if (!within_budget(want > held ? want - held : 0))
		return -1;
	if (want <= w->base + w->size - w->grown) {
		while (w->grown < w->reserved &&
		       w->reserved - w->grown < want && grow_next(w, want) == 0)
			;	/* the rest of the reservation joins the next piece */
		if (grow_next(w, want) == 0)
			return 0;
	}
	if (!w->high)
		return grow_anywhere(want);
	/* where the kernel refused the next piece, or the window's maps */
	if (want > w->base + w->full - w->grown || heap.nwin == MAX_WINDOWS ||
	    !fallback_try())
		return -1;
	return grow(npages);
}

int arena_grow(size_t npages, struct span **fresh)
{
	struct plan p;
	int r = grow(npages);

	if (r != 0 && budget_replan(&p))
		r = grow(npages);
	*fresh = fresh_take();
	return r;
}

struct span *span_lookup_slow(uintptr_t p)
{
	int i;

	for (i = 1; i < heap.nwin; i++) {
		struct window *w = &heap.win[i];

		if (p - w->base < w->size)
			return w->map[(p - w->base) >> PAGE_SHIFT];
	}
	return NULL;
}
