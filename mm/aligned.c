/* Aligned blocks: aligned_alloc, posix_memalign, memalign. A small block
 * comes from the first class whose size the alignment divides (spans start
 * on page boundaries); a large one is a page run trimmed to the boundary. */
#include <errno.h>
#include <malloc.h>
#include "mm/heap.h"
#include "mm/lock.h"

static void *aligned_block(size_t align, size_t n)
{
	size_t npages, lead;
	unsigned int c;
	struct span *s;

	if (align <= ALIGNMENT)
		return block_alloc(n);
	if (n <= SMALL_MAX && align <= PAGE_SIZE) {
		for (c = class_of(n); c < NCLASSES; c++)
			if (size_classes[c].size % align == 0)
				return block_alloc(size_classes[c].size);
	}
	if (n > PTRDIFF_MAX / 2 || align > PTRDIFF_MAX / 4)
		return NULL;
	npages = (n + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (npages <= SMALL_MAX >> PAGE_SHIFT)
		npages = (SMALL_MAX >> PAGE_SHIFT) + 1;	/* keep it large */
	lead = align > PAGE_SIZE ? (align >> PAGE_SHIFT) - 1 : 0;
	s = large_span(npages + lead, n, NULL);
	if (!s)
		return NULL;
	lead = (((s->start + align - 1) & ~(align - 1)) - s->start) >> PAGE_SHIFT;
	if (pages_trim_front(s, lead) != 0) {
		pages_free(s);
		return NULL;
	}
	pages_trim(s, npages);
	return (void *)s->start;
}

static void *aligned(size_t align, size_t n)
{
	void *p;

	if (align == 0 || (align & (align - 1))) {
		errno = EINVAL;
		return NULL;
	}
	heap_lock();
	p = aligned_block(align, n);
	heap_unlock();
	if (!p)
		errno = ENOMEM;
	return p;
}

void *aligned_alloc(size_t align, size_t n)
{
	return aligned(align, n);
}

void *memalign(size_t align, size_t n)
{
	return aligned(align, n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
	int saved = errno;
	void *p;

	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	p = aligned(align, n);
	if (!p) {
		errno = saved;
		return ENOMEM;
	}
	*out = p;
	return 0;
}
