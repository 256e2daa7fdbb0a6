/* qsort: in-place heapsort (O(n log n) on every input), insertion sort for short arrays. */
#include <stdlib.h>
#include "lib/string/word.h"

typedef int (*cmp_fn)(const void *, const void *);

static void swap_bytes(char *a, char *b, size_t size)
{
	while (size--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void swap_words(char *a, char *b, size_t size)
{
	bh_word *p = (bh_word *)a, *q = (bh_word *)b;

	for (size /= BH_WSIZE; size; size--) {
		bh_word t = *p;
		*p++ = *q;
		*q++ = t;
	}
}

/* Moves the element at root down until the heap below it is ordered. */
static void sift_down(char *base, size_t root, size_t n, size_t size,
		      cmp_fn cmp, void (*swap)(char *, char *, size_t))
{
	for (;;) {
		size_t child = 2 * root + 1;

		if (child >= n)
			return;
		if (child + 1 < n &&
		    cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		swap(base + root * size, base + child * size, size);
		root = child;
	}
}

void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *))
{
	char *b = base;
	void (*swap)(char *, char *, size_t) = swap_bytes;
	size_t i, j;

	if (n < 2 || size == 0)
		return;
	if ((((uintptr_t)b | size) & BH_WMASK) == 0)
		swap = swap_words;

	if (n <= 8) {
		for (i = 1; i < n; i++)
			for (j = i; j > 0 &&
			     cmp(b + (j - 1) * size, b + j * size) > 0; j--)
				swap(b + (j - 1) * size, b + j * size, size);
		return;
	}

	for (i = n / 2; i-- > 0;)
		sift_down(b, i, n, size, cmp, swap);
	for (i = n - 1; i > 0; i--) {
		swap(b, b + i * size, size);
		sift_down(b, 0, i, size, cmp, swap);
	}
}
