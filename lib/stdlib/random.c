/*
 * random, srandom, rand, srand: glibc's default generator, so that a seed
 * gives the same sequence as there. It is an additive lagged Fibonacci
 * generator, r[i] = r[i-31] + r[i-3] (mod 2^32), whose first 31 words come
 * from the seed by the Park-Miller step r[i] = 16807 * r[i-1] mod (2^31-1);
 * r[31..33] repeat r[0..2], the next 310 results are dropped, and each
 * result is the word shifted right by one.
 */
#include <stdint.h>
#include <stdlib.h>

#define LAG_LONG	31
#define LAG_SHORT	3
#define DISCARD		310

static uint32_t ring[LAG_LONG];	/* the last 31 words, oldest at next */
static int next;
static int seeded;

static uint32_t step(void)
{
	uint32_t word = ring[next] +
			ring[(next + LAG_LONG - LAG_SHORT) % LAG_LONG];

	ring[next] = word;
	next = (next + 1) % LAG_LONG;
	return word;
}

static void lagged_seed(unsigned int seed)
{
	int32_t word = (int32_t)(seed ? seed : 1);
	int i;

	ring[0] = (uint32_t)word;
	for (i = 1; i < LAG_LONG; i++) {
		/* 16807 * word mod (2^31 - 1) without overflow (Schrage). */
		int32_t hi = word / 127773, lo = word % 127773;

		word = 16807 * lo - 2836 * hi;
		if (word < 0)
			word += 2147483647;
		ring[i] = (uint32_t)word;
	}
	next = LAG_SHORT;	/* r[31..33] = r[0..2]: the ring already holds them */
	for (i = 0; i < DISCARD; i++)
		step();
	seeded = 1;
}

static long lagged_next(void)
{
	if (!seeded)
		lagged_seed(1);
	return (long)(step() >> 1);
}

void srand(unsigned int seed)
{
	lagged_seed(seed);
}

int rand(void)
{
	return (int)lagged_next();
}

/* Weak: POSIX's names, which a program may define for itself; rand and
 * srand keep using the generator above. */
__attribute__((weak)) void srandom(unsigned int seed)
{
	lagged_seed(seed);
}

__attribute__((weak)) long random(void)
{
	return lagged_next();
}
