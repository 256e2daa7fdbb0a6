/*
 * string_ops: times memcpy, memmove (overlapping, both ways) and memcmp
 * (equal blocks, the worst case) at 8, 64, 512 and 4096 bytes, with the
 * blocks' alignments cycling through every offset in a word, and prints
 * nanoseconds per call. Not a workload of scripts/bench (the C library's
 * string functions, not its allocator); built the same three ways to
 * compare them:
 *
 *   out/x86_64/bin/bareheap-cc -O2 bench/string_ops.c -o string_ops
 *   gcc -O2 -static bench/string_ops.c -o string_ops.glibc
 *   musl-gcc -O2 -static bench/string_ops.c -o string_ops.musl
 *
 * The functions are called through volatile pointers so that the compiler
 * cannot replace them with its own inline code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void *(*volatile copy_fn)(void *, const void *, size_t) = memcpy;
static void *(*volatile move_fn)(void *, const void *, size_t) = memmove;
static int (*volatile cmp_fn)(const void *, const void *, size_t) = memcmp;

static unsigned char a[8192 + 64], b[8192 + 64];

static double now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(void)
{
	static const size_t sizes[] = { 8, 64, 512, 4096 };
	size_t k, i;
	long sink = 0;

	for (i = 0; i < sizeof a; i++)
		a[i] = b[i] = (unsigned char)(i * 13 + 5);
	printf("%-8s %10s %10s %10s %10s\n", "ns/call", "memcpy", "memmove+",
	       "memmove-", "memcmp");
	for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		size_t n = sizes[k];
		long reps = (long)(400000000 / (n + 32)), r;
		double t[4];
		int op;

		for (op = 0; op < 4; op++) {
			double t0;

			if (op == 3) {	/* equal blocks at any offsets */
				memset(a, 0x5a, sizeof a);
				memset(b, 0x5a, sizeof b);
			}
			t0 = now_ns();

			for (r = 0; r < reps; r++) {
				size_t sa = r & 7, da = (r >> 3) & 7;

				switch (op) {
				case 0:
					copy_fn(b + da, a + sa, n);
					break;
				case 1:	/* dst below src, overlapping */
					move_fn(a + da, a + 9 + sa, n);
					break;
				case 2:	/* dst above src, overlapping */
					move_fn(a + 9 + da, a + sa, n);
					break;
				default:
					sink += cmp_fn(a + sa, b + da, n);
					break;
				}
			}
			t[op] = (now_ns() - t0) / reps;
		}
		printf("%-8zu %10.2f %10.2f %10.2f %10.2f\n", n, t[0], t[1], t[2],
		       t[3]);
	}
	return sink != 0;
}
