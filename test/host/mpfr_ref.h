/*
 * What the two libm accuracy harnesses (libm_accuracy.c for double and
 * float, libm128_accuracy.c for binary128) share: MPFR's form of the
 * functions MPFR lacks under their names, the input ranges, and the
 * random numbers inputs are drawn with (the same sequence in both).
 */
#ifndef MPFR_REF_H
#define MPFR_REF_H

#include <stdint.h>
#include <mpfr.h>

typedef int (*mpfr1)(mpfr_t, const mpfr_t, mpfr_rnd_t);
typedef int (*mpfr2)(mpfr_t, const mpfr_t, const mpfr_t, mpfr_rnd_t);

static int mp_lgamma(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd)
{
	int sign;

	return mpfr_lgamma(r, &sign, x, rnd);
}

/* The rounding functions round in their own direction, whatever rnd. */
static int mp_floor(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd)
{
	(void)rnd;
	return mpfr_rint(r, x, MPFR_RNDD);
}

static int mp_ceil(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd)
{
	(void)rnd;
	return mpfr_rint(r, x, MPFR_RNDU);
}

static int mp_trunc(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd)
{
	(void)rnd;
	return mpfr_rint(r, x, MPFR_RNDZ);
}

static int mp_round(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd)
{
	(void)rnd;
	return mpfr_rint(r, x, MPFR_RNDNA);
}

/* An input range: uniform in [a, b], or log-uniform in |x| in [a, b]
 * with a random sign when log is 2 (positive when 1). */
struct range {
	double a, b;
	int log;
};

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double uniform01(void)
{
	return (double)(next() >> 11) * 0x1p-53;
}

#endif
