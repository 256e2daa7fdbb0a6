/*
 * calloc-4k: calloc(1, 4096), check 16 words spread over the block (one
 * in every 256 bytes, from a random offset) and, every 1024th time, all
 * of it; write 16 words likewise (so a reused block is dirty); free. N
 * times, one op each. One random draw per op keeps the workload's own
 * cost small next to the allocator's.
 *   calloc_4k N
 */
#include "bench.h"

#define WORDS (4096 / 8)

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "", 1000000, 0x8401ef347ae9e227ULL },
	{ "", 1000, 0x446ebbc034d5188cULL },
};

int main(int argc, char **argv)
{
	long n = bench_size(argc, argv, 1000000), i;
	uint64_t sum = 0;
	int j;

	rng_seed(5);
	bench_start();
	for (i = 0; i < n; i++) {
		uint64_t *p = calloc(1, 4096), r = rng_next(), v = r | 1;
		unsigned int check = r & 31, put = (r >> 8) & 31;

		if (!p)
			bench_fail("calloc(1, 4096) failed");
		live_add(4096);
		for (j = 0; j < WORDS; j += 32)
			if (p[j + check])
				bench_fail("calloc returned a dirty block");
		if (!(i & 1023))
			for (j = 0; j < WORDS; j++)
				if (p[j])
					bench_fail("calloc returned a dirty block");
		for (j = 0; j < WORDS; j += 32) {
			p[j + put] = v;
			sum += v;
			v += 2;
		}
		bench_escape(p);
		free(p);
		live_sub(4096);
	}
	return bench_end((uint64_t)n, mix(0, sum), "", n, known,
			 BENCH_NKNOWN(known));
}
