#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

void *memalign(size_t alignment, size_t size);
size_t malloc_usable_size(void *ptr);
/* Prints the heap's statistics to stderr. */
void malloc_stats(void);
/* Walks all of the heap's metadata: 0 when it is consistent; otherwise
 * writes the first inconsistency to stderr and returns -1. */
int malloc_check(void);

#endif
