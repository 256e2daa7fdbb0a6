/*
 * Checks for the math tests: results compared bit for bit (every NaN
 * counts as one value), with the errno and the exception flags that the
 * call must leave. The expected values are glibc's.
 */
#ifndef TEST_MATH_CHECK_H
#define TEST_MATH_CHECK_H

#include <errno.h>
#include <float.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include "check.h"

static inline uint64_t math_bits(double x)
{
	union { double f; uint64_t i; } u;

	u.f = x;
	if (x != x)
		return 0x7ff8000000000000ULL;
	return u.i;
}

static inline uint64_t math_bitsf(float x)
{
	union { float f; uint32_t i; } u;

	u.f = x;
	if (x != x)
		return 0x7fc00000;
	return u.i;
}

/* Arguments pass through a volatile, so that the compiler cannot compute
 * the call itself (gcc folds math functions of constants). */
static inline double V(double x)
{
	volatile double v = x;

	return v;
}

static inline float VF(float x)
{
	volatile float v = x;

	return v;
}

/* The flags that matter to the tests (not x86's denormal flag). */
#define MATH_FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | \
		    FE_INEXACT)

static int math_errno, math_flags;

#define MATH_CALL(expr, type, res) do {					\
	errno = 0;							\
	feclearexcept(FE_ALL_EXCEPT);					\
	res = (expr);							\
	math_errno = errno;						\
	math_flags = fetestexcept(MATH_FLAGS);				\
} while (0)

/* expr == want, bit for bit, and errno is err afterwards. */
#define EQ(expr, want, err) do {					\
	volatile double r_;						\
	MATH_CALL(expr, double, r_);					\
	CHECK_UINT(math_bits(r_), math_bits(want));			\
	CHECK_INT(math_errno, err);					\
} while (0)

#define EQF(expr, want, err) do {					\
	volatile float r_;						\
	MATH_CALL(expr, float, r_);					\
	CHECK_UINT(math_bitsf(r_), math_bitsf(want));			\
	CHECK_INT(math_errno, err);					\
} while (0)

/* The same, and the exception flags are exactly flags. */
#define EQX(expr, want, err, flags) do {				\
	EQ(expr, want, err);						\
	CHECK_INT(math_flags, flags);					\
} while (0)

#define EQXF(expr, want, err, flags) do {				\
	EQF(expr, want, err);						\
	CHECK_INT(math_flags, flags);					\
} while (0)

/* A long double's bits in two halves, whatever its format (every NaN
 * counts as one value): binary128 (aarch64, riscv64), x87's 80 bits (the
 * sign and exponent high, the significand low), or a double (arm). */
static inline uint64_t math_bitsl(long double x, int high)
{
	union { long double f; uint64_t i[2]; } u = { 0 };

	u.f = x;
	if (x != x)
		return high ? 0x7fff800000000000ULL : 0;
#if LDBL_MANT_DIG == 113
	return u.i[!!high];	/* little-endian: aarch64, riscv64 */
#elif LDBL_MANT_DIG == 64
	return high ? u.i[1] & 0xffff : u.i[0];
#else
	return high ? u.i[0] : 0;
#endif
}

static inline long double VL(long double x)
{
	volatile long double v = x;

	return v;
}

#define EQL(expr, want, err) do {					\
	volatile long double r_;					\
	MATH_CALL(expr, long double, r_);				\
	CHECK_UINT(math_bitsl(r_, 1), math_bitsl(want, 1));		\
	CHECK_UINT(math_bitsl(r_, 0), math_bitsl(want, 0));		\
	CHECK_INT(math_errno, err);					\
} while (0)

#define EQXL(expr, want, err, flags) do {				\
	EQL(expr, want, err);						\
	CHECK_INT(math_flags, flags);					\
} while (0)

#endif
