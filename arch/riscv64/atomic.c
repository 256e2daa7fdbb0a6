/*
 * The 1- and 2-byte atomics that riscv64's gcc (before 13) does not
 * inline: __atomic_exchange_N, __atomic_compare_exchange_N, and
 * __atomic_fetch_OP_N / __atomic_OP_fetch_N for N = 1, 2, which other
 * targets' programs get from libatomic. bareheap-cc never links the
 * host's libatomic (its specs drop the compiler's library paths), so they
 * are here, for C11 atomics on bool, char and short.
 *  - RV64A has word and doubleword atomics only: each of these is the
 *    compiler's __sync builtin of the same size, which libgcc (linked
 *    with every program) implements as an lr.w/sc.w loop on the aligned
 *    word that holds the value, changing only its bytes; exchange and
 *    nand (whose __sync form gcc warns of, for a meaning it had before
 *    4.4) are a loop of its compare-and-swap
 *  - __sync operations are full barriers: every memory order a caller
 *    asks for is met by the strongest
 *  - the C names are the library's own; the assembler names are the ones
 *    the compiler calls (a C definition of the builtins' names would
 *    clash with their built-in declarations)
 */
#include <stdbool.h>
#include <stdint.h>

#define ATOMIC_NAME(name)	__asm__(#name)

#define FETCH_OP(op, size, type)					\
type fetch_##op##_##size(volatile void *p, type v, int order)		\
	ATOMIC_NAME(__atomic_fetch_##op##_##size);			\
type fetch_##op##_##size(volatile void *p, type v, int order)		\
{									\
	return __sync_fetch_and_##op((volatile type *)p, v);		\
}									\
type op##_fetch_##size(volatile void *p, type v, int order)		\
	ATOMIC_NAME(__atomic_##op##_fetch_##size);			\
type op##_fetch_##size(volatile void *p, type v, int order)		\
{									\
	return __sync_##op##_and_fetch((volatile type *)p, v);		\
}

#define SUBWORD(size, type)						\
FETCH_OP(add, size, type)						\
FETCH_OP(sub, size, type)						\
FETCH_OP(and, size, type)						\
FETCH_OP(or, size, type)						\
FETCH_OP(xor, size, type)						\
									\
bool compare_exchange_##size(volatile void *p, void *expected,		\
			     type desired, bool weak, int success,	\
			     int failure)				\
	ATOMIC_NAME(__atomic_compare_exchange_##size);			\
bool compare_exchange_##size(volatile void *p, void *expected,		\
			     type desired, bool weak, int success,	\
			     int failure)				\
{									\
	type want = *(type *)expected;					\
	type got = __sync_val_compare_and_swap((volatile type *)p,	\
					       want, desired);		\
									\
	*(type *)expected = got;					\
	return got == want;						\
}									\
									\
/* The old value, after *p became v, or ~(old & v) for nand. */	\
static type replace_##size(volatile void *p, type v, bool nand)	\
{									\
	type old = *(volatile type *)p, got;				\
									\
	while ((got = __sync_val_compare_and_swap((volatile type *)p,	\
			old, nand ? (type)~(old & v) : v)) != old)	\
		old = got;						\
	return old;							\
}									\
									\
type exchange_##size(volatile void *p, type v, int order)		\
	ATOMIC_NAME(__atomic_exchange_##size);				\
type exchange_##size(volatile void *p, type v, int order)		\
{									\
	return replace_##size(p, v, false);				\
}									\
									\
type fetch_nand_##size(volatile void *p, type v, int order)		\
	ATOMIC_NAME(__atomic_fetch_nand_##size);			\
type fetch_nand_##size(volatile void *p, type v, int order)		\
{									\
	return replace_##size(p, v, true);				\
}									\
									\
type nand_fetch_##size(volatile void *p, type v, int order)		\
	ATOMIC_NAME(__atomic_nand_fetch_##size);			\
type nand_fetch_##size(volatile void *p, type v, int order)		\
{									\
	return (type)~(replace_##size(p, v, true) & v);			\
}

SUBWORD(1, uint8_t)
SUBWORD(2, uint16_t)
