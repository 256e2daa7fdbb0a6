/* ffs, ffsl, ffsll: the position of the lowest set bit, from 1; 0 for 0.
 * Weak: programs often carry their own copies. Through ctz, since gcc
 * turns __builtin_ffs into a call to ffs itself where the target has no
 * instruction for it (riscv64 without Zbb). */
#include <strings.h>

__attribute__((weak))
int ffs(int i)
{
	return i ? __builtin_ctz((unsigned int)i) + 1 : 0;
}

__attribute__((weak))
int ffsl(long i)
{
	return i ? __builtin_ctzl((unsigned long)i) + 1 : 0;
}

__attribute__((weak))
int ffsll(long long i)
{
	return i ? __builtin_ctzll((unsigned long long)i) + 1 : 0;
}
