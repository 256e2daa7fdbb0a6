/* Memory start-up, the start of exit, and the report of a misused block. */
#include <unistd.h>
#include "mm/heap.h"
#include "mm/os.h"

/* The heap lives here, beside its start-up, so that any part of mm/ a
 * program links brings mm_init (which start-up calls if it is linked). */
struct heap heap;
int heap_lock_word;

/* Holds the active slot of every class until a real span arrives: its
 * bitmap is empty, so the fast path always falls through to the slow. */
struct span no_span;

/* Weak: the BAREHEAP_DEBUG reports come with bareheap_info (mm/report.c),
 * so that a program that never asks the heap about itself links neither
 * them nor the runtime's formatter. */
void mm_report_arena(void) __attribute__((weak));

/* Start-up calls this once, before the constructors and main. */
void mm_init(void)
{
	unsigned int c;

	for (c = 0; c < NCLASSES; c++)
		small_set_active(c, &no_span);
	heap.zero_after_unused = IS_ENABLED(CONFIG_MM_UNUSED_DONTNEED);
	_Static_assert(PAGE_SIZE == 4096, "the message names the page size");
	if (os_page_size() > PAGE_SIZE)
		runtime_fail("bareheap: the page size is larger than the "
			     "heap's 4096 bytes\n");
	pages_init();
	if (mm_report_arena)
		mm_report_arena();
}

/* exit calls this first: what the program frees from here on, the kernel
 * takes back with the rest. */
void mm_exiting(void)
{
	heap.exiting = 1;
}

void heap_corrupt(const char *op, const char *what, const void *p)
{
	panic("%s(): %s %p", op, what, p);
}
