/*
 * Misuse of the heap must end the process with a message naming the
 * operation and the address, never corrupt it silently.
 *   malloc_bad CASE   (test/TESTS lists the cases and their messages)
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The misuse is the point. */
#pragma GCC diagnostic ignored "-Wuse-after-free"
#pragma GCC diagnostic ignored "-Wfree-nonheap-object"

static char not_heap[64];

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "";
	char *p = malloc(100), *big = malloc(100000), *more[40];
	int i;

	for (i = 0; i < 40; i++)
		more[i] = malloc(100);

	if (strcmp(c, "double-free") == 0) {
		free(p);
		free(p);
	} else if (strcmp(c, "double-free-kept") == 0) {
		/* p is freed before newer blocks of its class */
		free(p);
		for (i = 0; i < 3; i++)
			free(more[i]);
		free(p);
	} else if (strcmp(c, "double-free-spilled") == 0) {
		/* many blocks of p's span are freed between the two frees */
		for (i = 0; i < 40; i++)
			free(more[i]);
		free(p);
		free(p);
	} else if (strcmp(c, "double-free-large") == 0) {
		free(big);
		free(big);
	} else if (strcmp(c, "double-free-merged") == 0) {
		/* a freed large block merges with a free run before it and
		 * one after it; its second free is still a double free */
		char *before = malloc(100000), *after;

		p = malloc(100000);
		after = malloc(100000);
		(void)malloc(100000);	/* keeps after's run from the top */
		free(before);
		free(after);
		free(p);
		free(p);
	} else if (strcmp(c, "double-free-merged-next") == 0) {
		/* the same for the block absorbed into the run before it */
		char *before = malloc(100000);

		p = malloc(100000);
		(void)malloc(100000);
		free(before);
		free(p);
		free(p);
	} else if (strcmp(c, "not-heap") == 0) {
		free(not_heap);
	} else if (strcmp(c, "stack") == 0) {
		char local[32];

		free(local);
	} else if (strcmp(c, "interior") == 0) {
		free(p + 16);
	} else if (strcmp(c, "interior-large") == 0) {
		free(big + 8192);
	} else if (strcmp(c, "stale") == 0) {
		/* Freed runs merge; the page map inside them is left as it
		 * was, naming span records that may since have been reused
		 * for other spans. Whatever x + 8192 leads to, it must not be
		 * taken for a block. */
		char *x = malloc(100000), *g = malloc(40000);
		char *guard = malloc(100000), *k = malloc(40000);
		char *guard2 = malloc(100000);

		free(g);
		free(k);
		free(big);
		free(x);	/* merges with big's run and g's */
		for (i = 0; i < 8; i++)
			(void)malloc(3000);
		free(x + 8192);
		(void)guard, (void)guard2;
	} else if (strcmp(c, "realloc-freed") == 0) {
		free(p);
		p = realloc(p, 200);
	} else if (strcmp(c, "realloc-freed-spilled") == 0) {
		/* p is freed after another block of its class, so that not
		 * the class's hot slot but its span's bitmap holds it */
		free(more[0]);
		free(p);
		p = realloc(p, 200);
	} else if (strcmp(c, "realloc-interior") == 0) {
		p = realloc(p + 32, 10);
	} else if (strcmp(c, "usable-freed") == 0) {
		free(p);
		printf("%zu\n", malloc_usable_size(p));
	} else if (strcmp(c, "usable-freed-spilled") == 0) {
		free(more[0]);
		free(p);
		printf("%zu\n", malloc_usable_size(p));
	} else if (strcmp(c, "usable-interior") == 0) {
		printf("%zu\n", malloc_usable_size(p + 16));
	} else if (strcmp(c, "usable-interior-large") == 0) {
		printf("%zu\n", malloc_usable_size(big + 4096));
	} else {
		printf("unknown case \"%s\"\n", c);
		return 2;
	}
	printf("misuse of the heap was not detected (%p)\n", (void *)p);
	return 0;
}
