/*
 * binary-trees, after the benchmarks game's program: build complete binary
 * trees of 16-byte nodes bottom-up, walk them, free them. A stretch tree of
 * depth D+1 first, then a long-lived tree of depth D that stays while
 * 2^(D-d+4) trees of each depth d = 4, 6, .., D are built and dropped. One
 * op is one node (a malloc and its free).
 *   binary_trees D
 */
#include "bench.h"

#define MIN_DEPTH 4

/* make bench's and BENCH_QUICK's sizes (from glibc; every allocator
 * agrees) */
static const struct bench_known known[] = {
	{ "", 16, 0x6005872e6a39c33aULL },
	{ "", 6, 0x6ca824a455c7e232ULL },
};

struct node {
	struct node *left, *right;
};

static uint64_t nodes;

static struct node *build(int depth)
{
	struct node *t = bench_malloc(sizeof *t);

	nodes++;
	if (depth > 0) {
		t->left = build(depth - 1);
		t->right = build(depth - 1);
	} else {
		t->left = t->right = NULL;
	}
	return t;
}

static long check(const struct node *t)
{
	return t->left ? 1 + check(t->left) + check(t->right) : 1;
}

static void drop(struct node *t)
{
	if (t->left) {
		drop(t->left);
		drop(t->right);
	}
	free(t);
}

/* The bytes a tree of depth d asks for. */
static size_t tree_bytes(int d)
{
	return (((size_t)2 << d) - 1) * sizeof(struct node);
}

int main(int argc, char **argv)
{
	long n = bench_size(argc, argv, 16);
	int max = n < MIN_DEPTH + 2 ? MIN_DEPTH + 2 : (int)n, d;
	struct node *t, *long_lived;
	uint64_t sum = 0;

	if (n > 30)
		bench_fail("depth %ld is too deep", n);
	bench_start();
	t = build(max + 1);
	live_add(tree_bytes(max + 1));
	sum = mix(sum, (uint64_t)check(t));
	drop(t);
	live_sub(tree_bytes(max + 1));

	long_lived = build(max);
	live_add(tree_bytes(max));
	for (d = MIN_DEPTH; d <= max; d += 2) {
		long iters = 1L << (max - d + MIN_DEPTH), i, c = 0;

		for (i = 0; i < iters; i++) {
			t = build(d);
			live_add(tree_bytes(d));
			c += check(t);
			drop(t);
			live_sub(tree_bytes(d));
		}
		sum = mix(sum, (uint64_t)iters);
		sum = mix(sum, (uint64_t)c);
	}
	sum = mix(sum, (uint64_t)check(long_lived));
	drop(long_lived);
	return bench_end(nodes, sum, "", n, known, BENCH_NKNOWN(known));
}
