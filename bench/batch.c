/*
 * batch: allocate 1000 small blocks (16..128 bytes), then free them all,
 * first-allocated first (fifo) or last-allocated first (lifo); N rounds.
 * One op is one malloc+free pair. Every block carries a tag that is checked
 * before it is freed.
 *   batch fifo|lifo N
 */
#include "bench.h"

#define BATCH 1000

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "fifo", 5000, 0x9bec72430bc6592aULL },
	{ "fifo", 10, 0x3ceb7604ac3445fbULL },
	{ "lifo", 5000, 0x99ee20550dec83f6ULL },
	{ "lifo", 10, 0xc15f7e83fdce51caULL },
};

struct blk {
	uint64_t *p;
	uint32_t size;
};

int main(int argc, char **argv)
{
	static struct blk b[BATCH];
	const char *mode = argc > 2 ? argv[1] : "fifo";
	long rounds = bench_size(argc, argv, 10000), r;
	int lifo = !strcmp(mode, "lifo");
	uint64_t sum = 0;

	if (!lifo && strcmp(mode, "fifo"))
		bench_fail("mode must be fifo or lifo, not \"%s\"", mode);
	rng_seed(2);
	bench_start();
	for (r = 0; r < rounds; r++) {
		int i;

		for (i = 0; i < BATCH; i++) {
			uint32_t size = rng_range(16, 128);
			uint64_t tag = rng_next();

			b[i].p = bench_malloc(size);
			b[i].size = size;
			b[i].p[0] = tag;
			b[i].p[size / 8 - 1] = ~tag;
			live_add(size);
		}
		for (i = 0; i < BATCH; i++) {
			struct blk *k = &b[lifo ? BATCH - 1 - i : i];
			uint64_t tag = k->p[0];

			if (k->p[k->size / 8 - 1] != ~tag)
				bench_fail("block of %u bytes lost its tag",
					   k->size);
			sum = mix(sum, tag ^ k->size);
			live_sub(k->size);
			free(k->p);
		}
	}
	return bench_end((uint64_t)rounds * BATCH, sum, mode, rounds, known,
			 BENCH_NKNOWN(known));
}
