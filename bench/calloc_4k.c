/*
 * calloc-4k: calloc(1, 4096), check that 16 random words are zero, write
 * 16 random words (so a reused block is dirty), free; N times, one op each.
 *   calloc_4k N
 */
#include "bench.h"

#define WORDS (4096 / 8)

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "", 1000000, 0xa66627c928fe4e93ULL },
	{ "", 1000, 0xd52ba189d890bf5fULL },
};

int main(int argc, char **argv)
{
	long n = bench_size(argc, argv, 1000000), i;
	uint64_t sum = 0;
	int j;

	rng_seed(5);
	bench_start();
	for (i = 0; i < n; i++) {
		uint64_t *p = calloc(1, 4096);

		if (!p)
			bench_fail("calloc(1, 4096) failed");
		live_add(4096);
		for (j = 0; j < 16; j++)
			if (p[rng_below(WORDS)])
				bench_fail("calloc returned a dirty block");
		for (j = 0; j < 16; j++) {
			uint64_t v = rng_next() | 1;

			p[rng_below(WORDS)] = v;
			sum += v;
		}
		bench_escape(p);
		free(p);
		live_sub(4096);
	}
	return bench_end((uint64_t)n, mix(0, sum), "", n, known,
			 BENCH_NKNOWN(known));
}
