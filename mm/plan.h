/*
 * Arena sizing: a pure function from the limits and what the process uses
 * to the size of the arena and its metadata, so that
 *     arena + metadata <= limit - used - margin
 * whenever a usable limit applies; the margin is at most a sixteenth of
 * limit - used. Tested with a table (test/mm_plan.c).
 */
#ifndef MM_PLAN_H
#define MM_PLAN_H

#include <stddef.h>
#include <stdint.h>

#define PLAN_NO_LIMIT UINT64_MAX

struct plan_input {
	uint64_t as_limit;	/* RLIMIT_AS, PLAN_NO_LIMIT for none */
	uint64_t data_limit;	/* RLIMIT_DATA, PLAN_NO_LIMIT for none */
	uint64_t as_used;	/* address space already in use */
	uint64_t data_used;	/* private writable memory already in use */
	uint64_t margin;	/* kept for the stack and other mappings */
	uint64_t floor;		/* less room than this: the limit is unusable */
	uint64_t want;		/* the arena the configuration asks for */
	uint64_t page;		/* page size, a power of two */
	uint64_t meta_per_page;	/* metadata bytes per arena page, at most */
};

enum plan_kind {
	PLAN_UNLIMITED,		/* no limit: the arena asked for */
	PLAN_FITTED,		/* sized so that arena + meta fit the room */
	PLAN_TOO_TIGHT,		/* room under the floor: sized as unlimited */
};

struct plan {
	enum plan_kind kind;
	uint64_t room;		/* limit - used - margin (the tighter limit) */
	uint64_t arena;		/* arena bytes, a multiple of page */
	uint64_t meta;		/* metadata bytes for that arena, ditto */
};

void plan_arena(const struct plan_input *in, struct plan *out);

/* Metadata bytes (page map and span records) for an arena, page-rounded. */
uint64_t plan_meta(uint64_t arena, uint64_t page, uint64_t meta_per_page);

/*
 * Reads /proc/self/statm's text (buf[0..n)): *size, the first number, and
 * *data, the sixth, both in pages, turned into bytes. Numbers too large
 * saturate at UINT64_MAX (a usage that large leaves no room), never wrap.
 * Returns 0, leaving both alone, when the text is not six numbers.
 */
int plan_statm(const char *buf, size_t n, uint64_t page, uint64_t *size,
	       uint64_t *data);

#endif
