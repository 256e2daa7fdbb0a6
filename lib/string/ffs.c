/* ffs, ffsl, ffsll: the position of the lowest set bit, from 1; 0 for 0.
 * Weak: programs often carry their own copies. */
#include <strings.h>

__attribute__((weak))
int ffs(int i)
{
	return __builtin_ffs(i);
}

__attribute__((weak))
int ffsl(long i)
{
	return __builtin_ffsl(i);
}

__attribute__((weak))
int ffsll(long long i)
{
	return __builtin_ffsll(i);
}
