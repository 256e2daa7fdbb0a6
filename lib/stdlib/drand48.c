/*
 * The 48-bit generators: X' = (a X + c) mod 2^48 with a = 0x5DEECE66D and
 * c = 0xB until lcong48 changes them, X kept as three 16-bit words (low
 * word first) in the caller's array or in ours. drand48 and erand48 give
 * X / 2^48, lrand48 and nrand48 its top 31 bits, mrand48 and jrand48 its
 * top 32 as a signed number. Weak, like the other names that ISO C does
 * not reserve: a program may define its own.
 */
#include <stdint.h>
#include <stdlib.h>

#define MASK48	((1ULL << 48) - 1)

static unsigned short state[3];	/* 0 before any seed, as on glibc */
static uint64_t mult = 0x5deece66dULL;
static unsigned short incr = 0xb;

static uint64_t load(const unsigned short x[3])
{
	return (uint64_t)x[0] | (uint64_t)x[1] << 16 | (uint64_t)x[2] << 32;
}

static void store(unsigned short x[3], uint64_t v)
{
	x[0] = (unsigned short)v;
	x[1] = (unsigned short)(v >> 16);
	x[2] = (unsigned short)(v >> 32);
}

static uint64_t next48(unsigned short x[3])
{
	uint64_t v = (load(x) * mult + incr) & MASK48;

	store(x, v);
	return v;
}

__attribute__((weak))
double erand48(unsigned short x[3])
{
	return (double)next48(x) * (1.0 / (double)(1ULL << 48));
}

__attribute__((weak))
double drand48(void)
{
	return erand48(state);
}

__attribute__((weak))
long nrand48(unsigned short x[3])
{
	return (long)(next48(x) >> 17);
}

__attribute__((weak))
long lrand48(void)
{
	return nrand48(state);
}

__attribute__((weak))
long jrand48(unsigned short x[3])
{
	return (long)(int32_t)(uint32_t)(next48(x) >> 16);
}

__attribute__((weak))
long mrand48(void)
{
	return jrand48(state);
}

__attribute__((weak))
void srand48(long seed)
{
	store(state, ((uint64_t)(uint32_t)seed << 16) | 0x330e);
	mult = 0x5deece66dULL;
	incr = 0xb;
}

__attribute__((weak))
unsigned short *seed48(unsigned short seed[3])
{
	static unsigned short old[3];

	old[0] = state[0];
	old[1] = state[1];
	old[2] = state[2];
	state[0] = seed[0];
	state[1] = seed[1];
	state[2] = seed[2];
	mult = 0x5deece66dULL;
	incr = 0xb;
	return old;
}

__attribute__((weak))
void lcong48(unsigned short param[7])
{
	state[0] = param[0];
	state[1] = param[1];
	state[2] = param[2];
	mult = load(param + 3);
	incr = param[6];
}
