/*
 * brk and sbrk beside the heap: the program break must move (the low
 * reservation leaves room after the image for it), the memory it gives
 * must be usable, and malloc must go on working around it.
 *   mm_sbrk [MiB]   (how far to grow the break; 16 by default)
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(int argc, char **argv)
{
	size_t mib = argc > 1 ? strtoul(argv[1], NULL, 0) : 16, i;
	size_t grow = mib << 20;
	char *start, *p, *q, *m;

	m = malloc(100);
	CHECK(m != NULL);
	start = sbrk(0);
	CHECK(start != (char *)-1);
	CHECK(sbrk(0) == start);
	p = sbrk(4096);
	CHECK(p == start);
	CHECK((char *)sbrk(0) == start + 4096);
	if (p != (char *)-1)
		memset(p, 0x5a, 4096);
	q = sbrk((intptr_t)grow);
	CHECK(q == start + 4096);
	if (q != (char *)-1) {
		for (i = 0; i < grow; i += 4096)
			q[i] = (char)i;
		CHECK((char *)sbrk(0) == start + 4096 + grow);
	}
	free(m);
	m = malloc(1 << 20);
	CHECK(m != NULL);
	if (m)
		memset(m, 1, 1 << 20);
	CHECK(p == (char *)-1 || p[4095] == 0x5a);
	CHECK_INT(brk(start), 0);
	CHECK(sbrk(0) == start);
	errno = 0;
	CHECK(sbrk(-(intptr_t)((uintptr_t)start + 4096)) == (void *)-1);
	CHECK_INT(errno, ENOMEM);
	errno = 0;
	CHECK_INT(brk(&mib), -1);	/* the stack is in the way */
	CHECK_INT(errno, ENOMEM);
	CHECK(sbrk(0) == start);
	free(m);
	return check_done();
}
