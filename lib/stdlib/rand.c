/* rand, srand: a deterministic pseudo-random generator (64-bit LCG, permuted output). */
#include <stdlib.h>

#define MULT	6364136223846793005ULL
#define INC	1442695040888963407ULL
/* The state srand(seed) sets: the seed spread over all 64 bits. */
#define SEED_STATE(seed) (((unsigned long long)(seed) + INC) * MULT)

static unsigned long long state = SEED_STATE(1);

void srand(unsigned int seed)
{
	state = SEED_STATE(seed);
}

int rand(void)
{
	unsigned long long old = state;
	unsigned int x, rot;

	state = old * MULT + INC;
	/* Fold the high bits down and rotate by the top five: the low bits
	 * of a power-of-two LCG alone are poor. */
	x = (unsigned int)(((old >> 18) ^ old) >> 27);
	rot = (unsigned int)(old >> 59);
	x = (x >> rot) | (x << ((32 - rot) & 31));
	return (int)(x >> 1);
}
