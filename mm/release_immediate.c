/* Release policy: hand back every free run of MM_RELEASE_MIN_KB or more at
 * once, after it has merged with its free neighbours. */
#include "mm/heap.h"

void release_policy(struct span *s)
{
	if ((s->npages << PAGE_SHIFT) >= CONFIG_MM_RELEASE_MIN_KB * 1024UL &&
	    !heap.release_failed)
		pages_release(s);
}
