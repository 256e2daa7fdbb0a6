#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

void *memalign(size_t alignment, size_t size);
size_t malloc_usable_size(void *ptr);
/* Hands every free page back to the kernel now: 1 when any memory went
 * back, else 0. pad is ignored. */
int malloc_trim(size_t pad);
/* Prints the heap's statistics to stderr. */
void malloc_stats(void);
/* Walks all of the heap's metadata: 0 when it is consistent; otherwise
 * writes the first inconsistency to stderr and returns -1. */
int malloc_check(void);

#endif
