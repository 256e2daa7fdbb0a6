/* rand_r: glibc's reentrant generator: three steps of the classic LCG
 * (x * 1103515245 + 12345), 11 + 10 + 10 bits of their high halves. */
#include <stdlib.h>

static unsigned int lcg(unsigned int *x)
{
	*x = *x * 1103515245u + 12345u;
	return *x >> 16;
}

int rand_r(unsigned int *seed)
{
	unsigned int x = *seed;
	unsigned int result = lcg(&x) % 2048;

	result = (result << 10) ^ (lcg(&x) % 1024);
	result = (result << 10) ^ (lcg(&x) % 1024);
	*seed = x;
	return (int)result;
}
