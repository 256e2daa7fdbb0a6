/* Release policy: hand back every free run of MM_RELEASE_MIN_KB or more at
 * once, after it has merged with its free neighbours; nothing once exit
 * has begun. */
#include "mm/heap.h"

void release_freed(struct span *s)
{
	if ((s->npages << PAGE_SHIFT) >= CONFIG_MM_RELEASE_MIN_KB * 1024UL &&
	    !heap.release_failed && !heap.exiting)
		pages_release(s);
}

void release_allocated(size_t fresh)
{
	(void)fresh;
}
