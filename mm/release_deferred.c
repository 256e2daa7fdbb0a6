/*
 * Release policy: free runs stay resident for reuse and go back to the
 * kernel in batches, never one system call per free.
 *
 * By delay: the page heap counts its calls (its epoch), and every run
 * remembers when the longest idle of its resident pages was freed. Every
 * DELAY / 4 calls a pass hands back each run idle for DELAY calls or
 * more, merged with its free neighbours by then: a freed page leaves the
 * resident set within 1.25 * DELAY calls unless it is used again first,
 * and a page used again before that costs nothing.
 *
 * By amount: when an allocation is about to touch pages that are not
 * resident while more than MM_DIRTY_MAX_KB (or an eighth of the memory in
 * use, if that is more) sits idle, the resident set would grow past what
 * the program uses by more than that. The largest idle runs go back
 * first, fewest calls for the most memory, until half of it remains. Freeing
 * alone never starts it: a program emptying its heap before it exits
 * does not pay to hand back memory the kernel is about to take anyway.
 *
 * Nothing goes back once exit has begun, for the same reason.
 */
#include "mm/heap.h"

#define DELAY		((unsigned long)CONFIG_MM_RELEASE_DELAY)
#define DIRTY_MAX_PAGES	((CONFIG_MM_DIRTY_MAX_KB * 1024UL) >> PAGE_SHIFT)
#define LEVELS		(8 * sizeof(size_t))

/* The bit of n's highest set bit (n > 0): runs of one level differ in
 * size by less than a factor of two. */
static unsigned int level(size_t n)
{
	return LEVELS - 1 - __builtin_clzl(n);
}

static int may_release(void)
{
	return !heap.release_failed && !heap.exiting;
}

/* Hands back every run idle for DELAY calls or more. */
__attribute__((cold, noinline)) static void release_idle(void)
{
	struct span *s, *next;

	heap.release_due = heap.epoch + (DELAY / 4 ? DELAY / 4 : 1);
	for (s = heap.dirty; s && may_release(); s = next) {
		next = s->u.f.dnext;
		if (heap.epoch - s->u.f.since >= DELAY)
			pages_release(s);
	}
}

/* Hands back the largest idle runs, level by level, until at most target
 * pages are left resident. */
__attribute__((cold, noinline)) static void release_largest(size_t target)
{
	unsigned long long levels = 0;
	struct span *s, *next;
	unsigned int l;

	for (s = heap.dirty; s; s = s->u.f.dnext)
		levels |= 1ULL << level(s->u.f.dirty);
	while (levels && heap.dirty_pages > target && may_release()) {
		l = 63 - __builtin_clzll(levels);
		levels &= ~(1ULL << l);
		for (s = heap.dirty; s && heap.dirty_pages > target &&
		     may_release(); s = next) {
			next = s->u.f.dnext;
			if (level(s->u.f.dirty) == l)
				pages_release(s);
		}
	}
}

static void tick(void)
{
	if ((long)(heap.epoch - heap.release_due) >= 0 && may_release())
		release_idle();
}

void release_freed(struct span *s)
{
	(void)s;
	tick();
}

void release_allocated(size_t fresh)
{
	size_t allowance = heap.used_pages / 8 > DIRTY_MAX_PAGES ?
		heap.used_pages / 8 : DIRTY_MAX_PAGES;

	if (fresh && heap.dirty_pages > allowance && may_release())
		release_largest(allowance / 2);
	tick();
}
