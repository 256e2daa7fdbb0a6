/*
 * live: a live set of 10 000 blocks of random size 16..MAX bytes, replaced
 * at random: each op frees a random block (after checking its tags) and
 * puts a new one of a new random size in its place. The first 10 000
 * allocations fill the set and the last 10 000 frees empty it: together
 * they count as 10 000 ops more. Every page of a block is
 * written, so the resident set reflects the blocks' full size.
 *   live MAX N      (MAX 512 or 65536 in make bench)
 */
#include "bench.h"

#define SLOTS 10000

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "512", 2000000, 0xc7ed041fe120939fULL },
	{ "512", 1000, 0xe8e745cbb7edbbebULL },
	{ "65536", 50000, 0x780003d4c77d2bb7ULL },
	{ "65536", 100, 0x1b64c31d92a64f1bULL },
};

struct blk {
	unsigned char *p;
	uint32_t size;
	uint64_t tag;
};

static void fill(struct blk *k, uint32_t max)
{
	uint32_t size = rng_range(16, max), off;

	k->p = bench_malloc(size);
	k->size = size;
	k->tag = rng_next();
	memcpy(k->p, &k->tag, 8);
	for (off = 4096; off < size - 8; off += 4096)
		k->p[off] = (unsigned char)k->tag;
	memcpy(k->p + size - 8, &k->tag, 8);
	live_add(size);
}

static uint64_t drop(struct blk *k)
{
	uint64_t a, b;
	uint32_t off;

	memcpy(&a, k->p, 8);
	memcpy(&b, k->p + k->size - 8, 8);
	if (a != k->tag || b != k->tag)
		bench_fail("block of %u bytes lost its tag", k->size);
	for (off = 4096; off < k->size - 8; off += 4096)
		if (k->p[off] != (unsigned char)k->tag)
			bench_fail("block of %u bytes lost page %u",
				   k->size, off / 4096);
	live_sub(k->size);
	free(k->p);
	return k->tag ^ k->size;
}

int main(int argc, char **argv)
{
	static struct blk b[SLOTS];
	const char *mode = argc > 2 ? argv[1] : "512";
	long max = strtol(mode, NULL, 0), n = bench_size(argc, argv, 1000000), i;
	uint64_t sum = 0;

	if (max < 16 || max > (1L << 24))
		bench_fail("MAX must be 16 .. 16 MiB, not \"%s\"", mode);
	rng_seed(3);
	bench_start();
	for (i = 0; i < SLOTS; i++)
		fill(&b[i], (uint32_t)max);
	for (i = 0; i < n; i++) {
		struct blk *k = &b[rng_below(SLOTS)];

		sum = mix(sum, drop(k));
		fill(k, (uint32_t)max);
	}
	for (i = 0; i < SLOTS; i++)
		sum = mix(sum, drop(&b[i]));
	/* filling and emptying the set are SLOTS more pairs */
	return bench_end((uint64_t)(n + SLOTS), sum, mode, n, known,
			 BENCH_NKNOWN(known));
}
