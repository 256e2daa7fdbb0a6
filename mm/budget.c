/*
 * The budget: the address space the heap may hold in all, under the
 * limits it planned for (RLIMIT_AS, RLIMIT_DATA), and what it holds
 * (heap.held). Every reservation and every mapping outside one, arena and
 * metadata alike, is charged here before it is made.
 */
#include "mm/heap.h"
#include "mm/os.h"

/* Under a limit the heap planned for, may it take bytes more of address
 * space? All it holds counts: reservations, arena mapped outside them, page
 * maps, span records (RLIMIT_AS counts PROT_NONE reservations too). */
int within_budget(size_t bytes)
{
	return !bytes ||
		(heap.held <= heap.budget && bytes <= heap.budget - heap.held);
}

/* The one place what the heap holds grows: every reservation and every
 * mapping outside one is charged before it is made. */
int budget_charge(size_t bytes)
{
	if (!within_budget(bytes))
		return -1;
	heap.held += bytes;
	return 0;
}

/* ... and shrinks: address space handed back, or a charge whose mapping
 * the kernel refused. */
void budget_refund(size_t bytes)
{
	heap.held -= bytes;
}

static uint64_t less(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0;
}

/*
 * Reads the limits into heap.plan_in (whose other fields arena_init set)
 * and plans, with the floor given, what they leave beside what the process
 * holds outside the heap; the budget follows from the plan.
 */
void budget_plan(uint64_t floor, struct plan *p)
{
	struct plan_input *in = &heap.plan_in, fit;
	struct os_limits lim;

	os_limits(&lim);
	in->as_limit = lim.as;
	in->data_limit = lim.data;
	in->as_used = lim.as_used;
	in->data_used = lim.data_used;
	if (lim.measured) {	/* /proc counted the heap's own mappings */
		in->as_used = less(lim.as_used, heap.held);
		in->data_used = less(lim.data_used,
				     heap.mapped + heap.meta_mapped);
	}
	fit = *in;
	fit.floor = floor;
	plan_arena(&fit, p);
	heap.limit = lim.as < lim.data ? lim.as : lim.data;
	heap.footprint = in->as_used + in->margin;
	heap.room = p->room;
	heap.budget = p->kind == PLAN_FITTED ? p->room : PLAN_NO_LIMIT;
}

/*
 * Re-reads the limits and plans the budget again, where growth failed or
 * is about to take much: a program may lower or raise its limits at run
 * time. A limit lowered below
 * what the heap holds leaves it the rest of its reservation (os_map and
 * meta_new need no new address space there). Returns whether the budget
 * grew, so that growth is worth another try.
 */
__attribute__((cold, noinline)) int budget_replan(struct plan *p)
{
	uint64_t before = heap.budget;

	budget_plan(0, p);	/* no floor: the room left is known now */
	return heap.budget > before;
}
