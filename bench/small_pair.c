/*
 * small-pair: the hottest path there is. malloc(32), write it, read it
 * back, free it, N times; one op is one malloc+free pair.
 *   small_pair N
 */
#include "bench.h"

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "", 5000000, 0xaac1e2f3f9305fa8ULL },
	{ "", 10000, 0x5780f9594f00fb66ULL },
};

int main(int argc, char **argv)
{
	long n = bench_size(argc, argv, 10000000), i;
	uint64_t sum = 0;

	rng_seed(1);
	bench_start();
	for (i = 0; i < n; i++) {
		uint64_t *p = bench_malloc(32);

		p[0] = (uint64_t)i;
		p[3] = (uint64_t)i * 3;
		bench_escape(p);
		if (p[0] + p[3] != (uint64_t)i * 4)
			bench_fail("block %ld lost its contents", i);
		sum += p[3];
		free(p);
	}
	live_add(32);
	return bench_end((uint64_t)n, mix(0, sum), "", n, known,
			 BENCH_NKNOWN(known));
}
