/*
 * Long random sequences of malloc, calloc, realloc, aligned_alloc and free
 * over all size ranges, checked against a shadow model: every block is
 * filled with a pattern of its own and verified before it is freed or
 * resized; the heap checker runs every 1000 steps.
 *   malloc_random [STEPS [SEED]]
 */
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define SLOTS 512

struct slot {
	unsigned char *p;
	size_t n;
	unsigned char tag;
};

static struct slot slots[SLOTS];
static uint64_t rng = 88172645463325252ULL;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Mostly small, some medium, a few of several MiB. */
static size_t random_size(void)
{
	unsigned int r = next() % 100;

	if (r < 70)
		return next() % 256;
	if (r < 93)
		return next() % 32768;
	if (r < 99)
		return next() % (1 << 20);
	return next() % (6 << 20);
}

static void fill(struct slot *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		s->p[i] = (unsigned char)(s->tag + i * 7);
}

static size_t verify(const struct slot *s, size_t upto)
{
	size_t i;

	for (i = 0; i < upto; i++)
		if (s->p[i] != (unsigned char)(s->tag + i * 7))
			return i + 1;
	return 0;
}

static void step(void)
{
	struct slot *s = &slots[next() % SLOTS];
	unsigned int op = next() % 10;
	size_t n = random_size(), bad;
	unsigned char *q;

	if (s->p) {
		bad = verify(s, s->n);
		CHECK_UINT(bad, 0);
		if (op < 4) {
			q = realloc(s->p, n);
			CHECK(q != NULL);
			if (!q)
				return;
			s->p = q;
			CHECK_UINT(verify(s, s->n < n ? s->n : n), 0);
			s->n = n;
			fill(s);
			return;
		}
		free(s->p);
		s->p = NULL;
		return;
	}
	s->tag = (unsigned char)next();
	if (op < 5) {
		s->p = malloc(n);
	} else if (op < 8) {
		s->p = calloc(1, n);
		CHECK(s->p == NULL || n == 0 || (s->p[0] == 0 && s->p[n - 1] == 0 &&
						 s->p[n / 2] == 0));
	} else {
		size_t align = (size_t)1 << (next() % 17);

		s->p = aligned_alloc(align, n);
		CHECK(((uintptr_t)s->p & (align - 1)) == 0);
	}
	CHECK(s->p != NULL);
	CHECK(((uintptr_t)s->p & 15) == 0);
	if (!s->p)
		return;
	CHECK(malloc_usable_size(s->p) >= n);
	s->n = n;
	fill(s);
}

int main(int argc, char **argv)
{
	long steps = argc > 1 ? atol(argv[1]) : 200000, i;
	unsigned int k;

	if (argc > 2)
		rng = strtoull(argv[2], NULL, 0) | 1;
	for (i = 0; i < steps && !check_failed; i++) {
		step();
		if (i % 1000 == 999)
			CHECK_INT(malloc_check(), 0);
	}
	for (k = 0; k < SLOTS; k++) {
		if (slots[k].p)
			CHECK_UINT(verify(&slots[k], slots[k].n), 0);
		free(slots[k].p);
	}
	CHECK_INT(malloc_check(), 0);
	printf("%ld steps\n", i);
	return check_done();
}
