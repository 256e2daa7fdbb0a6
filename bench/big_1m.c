/*
 * big-1m: malloc(1 MiB), write one word in each 4 KiB page, read them back,
 * free; N times, one op each. Measures what a large block costs: mapping,
 * page faults, and handing it back.
 *   big_1m N
 */
#include "bench.h"

#define SIZE (1 << 20)
#define PAGE 4096

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "", 5000, 0xd32d714b205c37b8ULL },
	{ "", 10, 0x5315f75a1a0f3698ULL },
};

int main(int argc, char **argv)
{
	long n = bench_size(argc, argv, 10000), i;
	uint64_t sum = 0;

	rng_seed(6);
	bench_start();
	for (i = 0; i < n; i++) {
		unsigned char *p = bench_malloc(SIZE);
		uint64_t tag = rng_next(), v;
		size_t off;

		live_add(SIZE);
		for (off = 0; off < SIZE; off += PAGE) {
			v = tag + off;
			memcpy(p + off, &v, 8);
		}
		bench_escape(p);
		for (off = 0; off < SIZE; off += PAGE) {
			memcpy(&v, p + off, 8);
			if (v != tag + off)
				bench_fail("1 MiB block lost page %zu",
					   off / PAGE);
			sum += v;
		}
		free(p);
		live_sub(SIZE);
	}
	return bench_end((uint64_t)n, mix(0, sum), "", n, known,
			 BENCH_NKNOWN(known));
}
