/*
 * The OS layer over plain RAM: for a bare board, where there is no kernel
 * and no MMU to program, and for a program that hands the heap memory of
 * its own. The board gives its RAM (ram_add) and takes out what is in use
 * (ram_take) before mm_init; from then on the free RAM is a sorted table of
 * page ranges, and the four operations are bookkeeping on it:
 *   reserve   none -> reserved: a range leaves the table
 *   map       reserved -> mapped: the range is zeroed, since fresh memory
 *             reads as zero (calloc and the page maps rely on it)
 *   unused    refused: there is nobody to hand pages to, they stay as
 *             they were (the heap then stops asking)
 *   free      -> none: the range goes back into the table
 * The limit is the RAM: arena and metadata are planned to fit what is free
 * at start-up, and when it is all taken, malloc returns NULL.
 */
#include <string.h>
#include "mm/os.h"

#define PAGE		4096UL
#define RAM_RANGES	32	/* free ranges at most: banks and holes */

struct ram_range {
	uintptr_t start, end;
};

static struct ram_range ram[RAM_RANGES];
static int nram;

static uintptr_t page_down(uintptr_t a)
{
	return a & ~(PAGE - 1);
}

static uintptr_t page_up(uintptr_t a)
{
	return a > UINTPTR_MAX - (PAGE - 1) ? page_down(UINTPTR_MAX) :
		page_down(a + PAGE - 1);
}

/* Puts [start, end) into the table, merged with the ranges it touches.
 * A table that is full drops the range: RAM lost, never corrupted. */
static void range_put(uintptr_t start, uintptr_t end)
{
	int i = 0, j;

	if (start >= end)
		return;
	while (i < nram && ram[i].end < start)
		i++;
	if (i < nram && ram[i].start <= end) {	/* touches ram[i] */
		if (start < ram[i].start)
			ram[i].start = start;
		if (end > ram[i].end)
			ram[i].end = end;
		while (i + 1 < nram && ram[i + 1].start <= ram[i].end) {
			if (ram[i + 1].end > ram[i].end)
				ram[i].end = ram[i + 1].end;
			for (j = i + 1; j + 1 < nram; j++)
				ram[j] = ram[j + 1];
			nram--;
		}
		return;
	}
	if (nram == RAM_RANGES)
		return;
	for (j = nram; j > i; j--)
		ram[j] = ram[j - 1];
	ram[i].start = start;
	ram[i].end = end;
	nram++;
}

/* Takes [start, end) out of the table, wherever it overlaps. */
static void range_cut(uintptr_t start, uintptr_t end)
{
	int i;

	for (i = 0; i < nram && start < end; i++) {
		struct ram_range r = ram[i];
		int j;

		if (r.end <= start || r.start >= end)
			continue;
		for (j = i; j + 1 < nram; j++)	/* remove it, */
			ram[j] = ram[j + 1];
		nram--;
		range_put(r.start, start > r.start ? start : r.start);
		range_put(end < r.end ? end : r.end, r.end);	/* keep the rest */
		i = -1;		/* the table moved: look again */
	}
}

void ram_add(uintptr_t start, uintptr_t end)
{
	range_put(page_up(start), page_down(end));
}

void ram_take(uintptr_t start, uintptr_t end)
{
	range_cut(page_down(start), page_up(end));
}

uint64_t ram_free(void)
{
	uint64_t n = 0;
	int i;

	for (i = 0; i < nram; i++)
		n += ram[i].end - ram[i].start;
	return n;
}

/* The lowest free range of n bytes, or exactly [hint, hint + n). */
static void *ram_get(uintptr_t hint, size_t n, int exact)
{
	int i;

	for (i = 0; i < nram && n; i++) {
		struct ram_range *r = &ram[i];
		uintptr_t v = exact ? hint : r->start;

		if (v < r->start || v > r->end || n > r->end - v)
			continue;
		range_cut(v, v + n);
		return (void *)v;
	}
	return NULL;
}

void *os_reserve(void *hint, size_t n)
{
	return ram_get(0, n, 0);
}

int os_map(void *v, size_t n)
{
	memset(v, 0, n);
	return 0;
}

void *os_map_new(void *hint, size_t n, int exact)
{
	void *v = ram_get((uintptr_t)hint, n, exact);

	if (v)
		os_map(v, n);
	return v;
}

int os_unused(void *v, size_t n)
{
	return -1;
}

const char *os_unused_name(void)
{
	return "none";
}

void os_free(void *v, size_t n)
{
	range_put((uintptr_t)v, (uintptr_t)v + n);
}

unsigned long os_page_size(void)
{
	return PAGE;
}

uintptr_t os_break(void)
{
	return 0;
}

void os_yield(void)
{
}

/* A board has no source of entropy: the AT_RANDOM its boot code passes is
 * made from the command line, so the heap does not take it as random. */
const unsigned char *os_layout_random(const char **why)
{
	*why = "no entropy on a board";
	return NULL;
}

/* The free RAM is all there is; nothing is used outside the heap yet. The
 * limit is what was free when the heap first asked, whatever it took
 * since, so that getrlimit (platform/bare/syscall.c) says the same. */
void os_limits(struct os_limits *l)
{
	static uint64_t ram_at_start;

	if (!ram_at_start)
		ram_at_start = ram_free();
	l->as = ram_at_start;
	l->data = UINT64_MAX;
	l->as_used = 0;
	l->data_used = 0;
	l->measured = 1;
}
