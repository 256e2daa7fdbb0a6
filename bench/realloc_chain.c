/*
 * realloc-chain: 8 buffers grown side by side with realloc, from 16 bytes
 * by a quarter (plus a little) at a time until they pass 64 KiB, then freed
 * and started again, N reallocs in all (one op each). Each buffer carries
 * a tag at its start and at its current end, checked after every move.
 *   realloc_chain N
 */
#include "bench.h"

#define CHAINS 8
#define LIMIT 65536

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "", 200000, 0xc5c8aff8c76929a2ULL },
	{ "", 1000, 0xe63abd9568eaf332ULL },
};

struct chain {
	unsigned char *p;
	uint32_t size;
	uint64_t tag;
};

int main(int argc, char **argv)
{
	static struct chain c[CHAINS];
	long n = bench_size(argc, argv, 1000000), i;
	uint64_t sum = 0;

	rng_seed(4);
	bench_start();
	for (i = 0; i < n; i++) {
		struct chain *k = &c[i % CHAINS];
		uint32_t size;
		uint64_t a, b;

		if (!k->p) {
			size = 16;
			k->tag = rng_next();
		} else {
			memcpy(&a, k->p, 8);
			memcpy(&b, k->p + k->size - 8, 8);
			if (a != k->tag || b != ~k->tag)
				bench_fail("buffer of %u bytes lost its tags",
					   k->size);
			size = k->size + k->size / 4 + rng_range(1, 64);
		}
		k->p = realloc(k->p, size);
		if (!k->p)
			bench_fail("realloc(%u) failed", size);
		memcpy(&a, k->p, 8);
		if (k->size && (a != k->tag))
			bench_fail("realloc to %u bytes lost the contents",
				   size);
		live_add(size - k->size);
		memcpy(k->p, &k->tag, 8);
		b = ~k->tag;
		memcpy(k->p + size - 8, &b, 8);
		k->size = size;
		if (size > LIMIT) {
			sum = mix(sum, k->tag ^ size);
			live_sub(size);
			free(k->p);
			k->p = NULL;
			k->size = 0;
		}
	}
	for (i = 0; i < CHAINS; i++) {
		if (c[i].p) {
			sum = mix(sum, c[i].tag ^ c[i].size);
			free(c[i].p);
		}
	}
	return bench_end((uint64_t)n, sum, "", n, known, BENCH_NKNOWN(known));
}
