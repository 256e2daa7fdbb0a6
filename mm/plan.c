/* Arena sizing from the limits (see mm/plan.h). Saturating arithmetic
 * throughout: a limit below what is used leaves no room, never wraps. */
#include "mm/plan.h"

/* limit - used - margin, where the margin is at most a sixteenth of what
 * the limit leaves: a small room is not all margin. */
static uint64_t room_under(uint64_t limit, uint64_t used, uint64_t margin)
{
	uint64_t left;

	if (limit == PLAN_NO_LIMIT)
		return PLAN_NO_LIMIT;
	if (used >= limit)
		return 0;
	left = limit - used;
	return left - (margin < left / 16 ? margin : left / 16);
}

uint64_t plan_meta(uint64_t arena, uint64_t page, uint64_t meta_per_page)
{
	uint64_t bytes = arena / page * meta_per_page;

	return (bytes + page - 1) & ~(page - 1);
}

void plan_arena(const struct plan_input *in, struct plan *out)
{
	uint64_t as_room = room_under(in->as_limit, in->as_used, in->margin);
	uint64_t data_room = room_under(in->data_limit, in->data_used,
					in->margin);
	uint64_t room = as_room < data_room ? as_room : data_room;
	uint64_t arena;

	out->room = room;
	if (room == PLAN_NO_LIMIT || room < in->floor) {
		out->kind = room == PLAN_NO_LIMIT ? PLAN_UNLIMITED :
			PLAN_TOO_TIGHT;
		out->arena = in->want & ~(in->page - 1);
		out->meta = plan_meta(out->arena, in->page, in->meta_per_page);
		return;
	}
	/* The largest page multiple with arena + meta(arena) <= room: start
	 * from the proportional split, then step down past the rounding. */
	arena = room / (in->page + in->meta_per_page) * in->page;
	if (arena > in->want)
		arena = in->want & ~(in->page - 1);
	while (arena && arena + plan_meta(arena, in->page, in->meta_per_page) >
	       room)
		arena -= in->page;
	out->kind = PLAN_FITTED;
	out->arena = arena;
	out->meta = plan_meta(arena, in->page, in->meta_per_page);
}

/* a * b + c, or UINT64_MAX where that does not fit */
static uint64_t sat_mul_add(uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t r;

	if (__builtin_mul_overflow(a, b, &r) || __builtin_add_overflow(r, c, &r))
		return UINT64_MAX;
	return r;
}

int plan_statm(const char *buf, size_t n, uint64_t page, uint64_t *size,
	       uint64_t *data)
{
	uint64_t field[6] = { 0 };
	size_t i, f = 0;

	for (i = 0; i < n && f < 6; i++) {
		if (buf[i] >= '0' && buf[i] <= '9')
			field[f] = sat_mul_add(field[f], 10, buf[i] - '0');
		else if (buf[i] == ' ')
			f++;
		else
			break;
	}
	if (f < 5 || field[0] == 0)
		return 0;
	*size = sat_mul_add(field[0], page, 0);
	*data = sat_mul_add(field[5], page, 0);
	return 1;
}
