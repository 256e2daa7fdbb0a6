/*
 * Arena sizing (mm/plan.c) against a table of known answers, worked out by
 * hand with page 4096 and 100 bytes of metadata per page: arena + metadata
 * must fit limit - used - margin, computed once (never "- used" twice), and
 * nothing may wrap near 4 GiB or 2^63.
 */
#include <stdint.h>
#include "check.h"
#include "mm/plan.h"

#define KiB 1024ULL
#define MiB (1024 * KiB)
#define GiB (1024 * MiB)
#define NONE PLAN_NO_LIMIT

struct row {
	const char *what;
	uint64_t as, data, as_used, data_used, margin, want;
	enum plan_kind kind;
	uint64_t room, arena, meta;
};

static const struct row table[] = {
	{ "no limit", NONE, NONE, 8 * MiB, MiB, MiB, 16 * GiB,
	  PLAN_UNLIMITED, NONE, 16 * GiB, 419430400 },
	{ "limit 0", 0, NONE, 8 * MiB, MiB, MiB, 16 * GiB,
	  PLAN_TOO_TIGHT, 0, 16 * GiB, 419430400 },
	{ "limit below the footprint", 4 * MiB, NONE, 8 * MiB, MiB, MiB,
	  16 * GiB, PLAN_TOO_TIGHT, 0, 16 * GiB, 419430400 },
	{ "room exactly the floor", 25 * MiB, NONE, 8 * MiB, MiB, MiB,
	  16 * GiB, PLAN_FITTED, 16 * MiB, 16375808, 401408 },
	{ "room a byte under the floor", 25 * MiB - 1, NONE, 8 * MiB, MiB,
	  MiB, 16 * GiB, PLAN_TOO_TIGHT, 16 * MiB - 1, 16 * GiB, 419430400 },
	{ "32-bit limit of 4 GiB - 1", 4 * GiB - 1, NONE, 200 * MiB, MiB,
	  MiB, 512 * MiB, PLAN_FITTED, 4084203519ULL, 512 * MiB, 13107200 },
	{ "32-bit limit of 3 GiB, want 4 GiB", 3 * GiB, NONE, 200 * MiB, MiB,
	  MiB, 4 * GiB, PLAN_FITTED, 3010461696ULL, 2938712064ULL, 71749632 },
	{ "limit 2^63 - 1", (1ULL << 63) - 1, NONE, 1ULL << 62, MiB, MiB,
	  16 * GiB, PLAN_FITTED, 4611686018426339327ULL, 16 * GiB, 419430400 },
	{ "limit 2^64 - 2", ~0ULL - 1, NONE, 8 * MiB, MiB, MiB, 16 * GiB,
	  PLAN_FITTED, 18446744073700114430ULL, 16 * GiB, 419430400 },
	{ "RLIMIT_DATA alone", NONE, 64 * MiB, 8 * MiB, MiB, MiB, 16 * GiB,
	  PLAN_FITTED, 62 * MiB, 63459328, 1552384 },
	{ "used subtracted once", 100 * MiB, NONE, 40 * MiB, MiB, 0, 16 * GiB,
	  PLAN_FITTED, 60 * MiB, 61411328, 1503232 },
	{ "limit under twice the used", 64 * MiB, NONE, 40 * MiB, MiB, MiB,
	  16 * GiB, PLAN_FITTED, 23 * MiB, 23539712, 577536 },
	{ "1 MiB left: the margin shrinks to 64 KiB", 9 * MiB, NONE, 8 * MiB,
	  MiB, MiB, 16 * GiB, PLAN_TOO_TIGHT, 960 * KiB, 16 * GiB, 419430400 },
	{ "16 MiB left: a margin of 1 MiB", 24 * MiB, NONE, 8 * MiB, MiB, MiB,
	  16 * GiB, PLAN_TOO_TIGHT, 15 * MiB, 16 * GiB, 419430400 },
	{ "RLIMIT_DATA tighter than RLIMIT_AS", 64 * MiB, 48 * MiB, 10 * MiB,
	  30 * MiB, MiB, 16 * GiB, PLAN_FITTED, 17 * MiB, 17399808, 425984 },
};

/* /proc/self/statm's text, parsed with page 4096 (mm/plan.c) */
struct statm_row {
	const char *text;
	int ok;
	uint64_t size, data;
};

static const struct statm_row statm_table[] = {
	{ "1234 56 7 8 0 90 0\n", 1, 1234 * 4096ULL, 90 * 4096ULL },
	{ "1 1 1 1 0 1 0", 1, 4096, 4096 },
	{ "0 0 0 0 0 0 0\n", 0, 0, 0 },		/* a size of 0 is no answer */
	{ "1234 56 7\n", 0, 0, 0 },		/* too few numbers */
	{ "", 0, 0, 0 },
	{ "12x4 5 6 7 8 9 0", 0, 0, 0 },		/* not numbers */
	/* a crafted file: numbers past 2^64, and pages * 4096 past it */
	{ "99999999999999999999999 1 1 1 0 1 0", 1, UINT64_MAX, 4096 },
	{ "4503599627370496 1 1 1 0 4503599627370495 0", 1, UINT64_MAX,
	  UINT64_MAX - 4095 },
};

static void check_statm(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(statm_table) / sizeof(statm_table[0]); i++) {
		const struct statm_row *r = &statm_table[i];
		uint64_t size = 0, data = 0;

		printf("  statm \"%.24s\"\n", r->text);
		CHECK_INT(plan_statm(r->text, strlen(r->text), 4096, &size,
				     &data), r->ok);
		CHECK_UINT(size, r->size);
		CHECK_UINT(data, r->data);
	}
}

int main(void)
{
	unsigned int i;

	check_statm();

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const struct row *r = &table[i];
		struct plan_input in = {
			.as_limit = r->as, .data_limit = r->data,
			.as_used = r->as_used, .data_used = r->data_used,
			.margin = r->margin, .floor = 16 * MiB, .want = r->want,
			.page = 4096, .meta_per_page = 100,
		};
		struct plan p;

		plan_arena(&in, &p);
		printf("  %-36s kind %d arena %llu meta %llu\n", r->what, p.kind,
		       (unsigned long long)p.arena, (unsigned long long)p.meta);
		CHECK_INT(p.kind, r->kind);
		CHECK_UINT(p.room, r->room);
		CHECK_UINT(p.arena, r->arena);
		CHECK_UINT(p.meta, r->meta);
		CHECK(p.arena % 4096 == 0 && p.meta % 4096 == 0);
		if (p.kind == PLAN_FITTED) {
			/* fits, and one page more would not (or want is met) */
			CHECK(p.arena + p.meta <= p.room);
			CHECK(p.arena == r->want ||
			      p.arena + 4096 + plan_meta(p.arena + 4096, 4096, 100) >
			      p.room);
		}
	}
	return check_done();
}
