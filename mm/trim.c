/* malloc_trim: hands back at once every free page that may be resident,
 * the empty spans small blocks keep included, instead of waiting for the
 * release policy. pad is ignored: no idle memory is kept. 1 when any
 * memory went back, 0 when there was none (or the kernel kept it). */
#include <malloc.h>
#include "mm/heap.h"
#include "mm/lock.h"

int malloc_trim(size_t pad)
{
	int any;

	(void)pad;
	heap_lock();
	small_give_back();
	any = pages_release_all();
	heap_unlock();
	return any;
}
