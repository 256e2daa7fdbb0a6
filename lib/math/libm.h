/*
 * What the files of lib/math/ share; not a public header.
 *
 * The functions work on the IEEE representations (asuint64 and friends),
 * compute with double arithmetic that rounds every operation to double
 * (on x86 that is SSE2, see below), and report errors through the helpers
 * at the end, which both raise the IEEE exception with real arithmetic and
 * set errno as glibc does.
 */
#ifndef LIB_MATH_LIBM_H
#define LIB_MATH_LIBM_H

/*
 * The error-free transformations below (two_sum, two_prod) need every
 * double operation rounded once, to double. The x87 rounds to its 64-bit
 * format first, so on x86 the library's double and float code is SSE2
 * code (the calling convention, results in st(0), stays the same).
 */
#if defined(__i386__) && !defined(__SSE2_MATH__)
#pragma GCC target("sse2", "fpmath=sse")
#endif

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>

#include "power.h"

static inline uint64_t asuint64(double x)
{
	union { double f; uint64_t i; } u = { x };
	return u.i;
}

static inline double asdouble(uint64_t i)
{
	union { uint64_t i; double f; } u = { i };
	return u.f;
}

static inline uint32_t asuint(float x)
{
	union { float f; uint32_t i; } u = { x };
	return u.i;
}

static inline float asfloat(uint32_t i)
{
	union { uint32_t i; float f; } u = { i };
	return u.f;
}

/* The biased exponent field. */
static inline int exponent_bits(double x)
{
	return (int)(asuint64(x) >> 52 & 0x7ff);
}

/* Keeps a value the compiler must not fold or drop (an exception). */
static inline double opaque(double x)
{
	__asm__ volatile("" : "+g"(x));
	return x;
}

static inline float opaquef(float x)
{
	__asm__ volatile("" : "+g"(x));
	return x;
}

/* Forces an operation whose only purpose is its exception flag. */
static inline void force_eval(double x)
{
	volatile double v = x;
	(void)v;
}

static inline void force_evalf(float x)
{
	volatile float v = x;
	(void)v;
}

/* sqrt without errno: the instruction. */
static inline double sqrt_insn(double x)
{
#if defined(__x86_64__) || defined(__i386__)
	__asm__("sqrtsd %1, %0" : "=x"(x) : "x"(x));
#elif defined(__arm__) && defined(__VFP_FP__) && !defined(__SOFTFP__)
	__asm__("vsqrt.f64 %P0, %P1" : "=w"(x) : "w"(x));
#elif defined(__aarch64__)
	__asm__("fsqrt %d0, %d1" : "=w"(x) : "w"(x));
#elif defined(__riscv) && defined(__riscv_d)
	__asm__("fsqrt.d %0, %1" : "=f"(x) : "f"(x));
#else
	x = __builtin_sqrt(x);
#endif
	return x;
}

static inline float sqrtf_insn(float x)
{
#if defined(__x86_64__) || defined(__i386__)
	__asm__("sqrtss %1, %0" : "=x"(x) : "x"(x));
#elif defined(__arm__) && defined(__VFP_FP__) && !defined(__SOFTFP__)
	__asm__("vsqrt.f32 %0, %1" : "=t"(x) : "t"(x));
#elif defined(__aarch64__)
	__asm__("fsqrt %s0, %s1" : "=w"(x) : "w"(x));
#elif defined(__riscv) && defined(__riscv_f)
	__asm__("fsqrt.s %0, %1" : "=f"(x) : "f"(x));
#else
	x = __builtin_sqrtf(x);
#endif
	return x;
}

/*
 * Double-double arithmetic: a value hi + lo with |lo| <= ulp(hi) / 2.
 */
typedef struct { double hi, lo; } dd;

/* a + b exactly, when |a| >= |b| or a == 0. */
static inline dd fast_two_sum(double a, double b)
{
	double s = a + b;
	dd r = { s, b - (s - a) };
	return r;
}

/* a + b exactly, any order. */
static inline dd two_sum(double a, double b)
{
	double s = a + b, bb = s - a;
	dd r = { s, (a - (s - bb)) + (b - bb) };
	return r;
}

/* a * b exactly (without overflow): fma where the target has one, else
 * Veltkamp's split into 26-bit halves and Dekker's product. */
static inline dd two_prod(double a, double b)
{
	dd r;
	r.hi = a * b;
#ifdef __FP_FAST_FMA
	r.lo = __builtin_fma(a, b, -r.hi);
#else
	const double split = 134217729.0;	/* 2^27 + 1 */
	double ca = split * a, cb = split * b;
	double ah = ca - (ca - a), al = a - ah;
	double bh = cb - (cb - b), bl = b - bh;
	r.lo = ((ah * bh - r.hi) + ah * bl + al * bh) + al * bl;
#endif
	return r;
}

/* a * b as hi + lo, lo within 2^-104 |a b|, without fma: the halves by
 * masking the low 27 bits, exact in every rounding mode (cheaper than
 * Veltkamp's split, but not error-free: the halves' last product rounds). */
static inline dd mul_masked(double a, double b)
{
	double ah = asdouble(asuint64(a) & 0xfffffffff8000000ULL), al = a - ah;
	double bh = asdouble(asuint64(b) & 0xfffffffff8000000ULL), bl = b - bh;
	dd r;

	r.hi = a * b;
	r.lo = ((ah * bh - r.hi) + ah * bl + al * bh) + al * bl;
	return r;
}

/* The high 26 bits of a (the low 27 of its significand cleared), so that
 * a - high_half(a) is exact and so are products of halves; masking is
 * exact in every rounding mode. On x86 by andpd, which keeps a in its
 * register (a round trip through an integer register costs several
 * cycles, on pow's critical path twice). */
static inline double high_half(double a)
{
#if defined(__x86_64__) || defined(__i386__)
	double mask = asdouble(0xfffffffff8000000ULL);

	__asm__("andpd %1, %0" : "+x"(a) : "x"(mask));
	return a;
#else
	return asdouble(asuint64(a) & 0xfffffffff8000000ULL);
#endif
}

/* a / b = q + (a - q b) / b: that tail, for q = a / b and inv = 1 / b
 * rounded (q within an ulp of a / b). a - q b from the 26-bit halves of q
 * and b: qh bh is exact and a - qh bh too (Sterbenz), so are qh bt and
 * qt bh; the sums and qt bt round at 2^-24 of the tail, inv at 2^-53
 * (with fma, a - q b is exact). Needs a, b and q normal, their exponents
 * away from the range's ends. */
static inline double quotient_tail(double a, double b, double q, double inv)
{
#ifdef __FP_FAST_FMA
	return __builtin_fma(-q, b, a) * inv;
#else
	double qh = high_half(q), qt = q - qh;
	double bh = high_half(b), bt = b - bh;

	return (((a - qh * bh) - qh * bt) - (qt * bh + qt * bt)) * inv;
#endif
}

/* 2^s as a double, for -1022 <= s <= 1023. */
static inline double pow2(int s)
{
	return asdouble((uint64_t)(0x3ff + s) << 52);
}

static inline dd dd_add(dd a, dd b)
{
	dd s = two_sum(a.hi, b.hi);
	s.lo += a.lo + b.lo;
	return fast_two_sum(s.hi, s.lo);
}

static inline dd dd_add_d(dd a, double b)
{
	dd s = two_sum(a.hi, b);
	s.lo += a.lo;
	return fast_two_sum(s.hi, s.lo);
}

static inline dd dd_mul(dd a, dd b)
{
	dd p = two_prod(a.hi, b.hi);
	p.lo += a.hi * b.lo + a.lo * b.hi;
	return fast_two_sum(p.hi, p.lo);
}

static inline dd dd_mul_d(dd a, double b)
{
	dd p = two_prod(a.hi, b);
	p.lo += a.lo * b;
	return fast_two_sum(p.hi, p.lo);
}

/* sqrt(a) for a >= 0, one Newton step from the instruction's root. */
static inline dd dd_sqrt(dd a)
{
	double r = sqrt_insn(a.hi);
	dd p;

	if (r == 0)
		return a;
	p = two_prod(r, r);
	return fast_two_sum(r, ((a.hi - p.hi) - p.lo + a.lo) / (2 * r));
}

static inline dd dd_div(dd a, dd b)
{
	double q = a.hi / b.hi;
	dd r = dd_add(a, dd_mul_d(b, -q));
	double q2 = r.hi / b.hi;
	return fast_two_sum(q, q2);
}

/*
 * Ziv's rounding test: hi + lo, known within err, rounds to the same
 * double (in the current rounding mode) wherever in that interval the
 * exact value lies, so that hi + lo is the correctly rounded result.
 */
static inline int round_is_clear(double hi, double lo, double err)
{
	return hi + (lo + err) == hi + (lo - err);
}

/* round_is_clear, the rounded value into *y where it holds: hi + (lo +
 * err) is then hi + lo rounded, since rounding is monotone. */
static inline int round_into(double hi, double lo, double err, double *y)
{
	double a = hi + (lo + err);

	*y = a;
	return a == hi + (lo - err);
}

/*
 * Errors (errors.c). Each returns the function's result, raises the IEEE
 * exception with arithmetic on its argument and sets errno as glibc does:
 * EDOM for an invalid operation, ERANGE for the others.
 */
double math_invalid(double x);			/* NaN from a non-NaN x */
double math_divzero(int negative);		/* +-inf, a pole */
double math_overflow(int negative);		/* +-inf, too large */
double math_underflow(int negative);		/* +-0, too small */
double math_check_underflow(double y);		/* y; ERANGE if subnormal */
float math_invalidf(float x);
float math_divzerof(int negative);
float math_overflowf(int negative);
float math_underflowf(int negative);
float math_check_underflowf(float y);

/* A float function's double result rounded to float: ERANGE if that
 * overflows, or if the result lies below the least subnormal, 2^-149, and
 * so rounds to it or to zero (glibc's rule); the conversion raises the
 * flags. */
static inline float to_float(double y)
{
	float f = (float)y;

	if ((y != 0 && __builtin_fabs(y) < 0x1p-149) ||
	    (__builtin_isinf(f) && !__builtin_isinf(y)))
		errno = ERANGE;
	return f;
}

/* Shared kernels (each in the file that names it). */
/* exp.c: exp(x + xt) = r * 2^scale with r in [1, 2], for |x| < 750. */
dd exp_core(double x, double xt, int *scale);
/* exp.c: 2^(k/128) exp(r), |r| <= ln2/128, a normal result within 0.51
 * ulp (no rounding test). */
double exp_table_poly(int k, double r);
/* Added and taken away, rounds to an integer, which the low 32 bits of
 * the sum then hold (|v| < 2^31). */
#define ROUND_SHIFT 0x1.8p52
/* exp.c: exp(x + xt), negated if negative, rounded into *y and 1, or 0
 * when exp_core must decide (a rounding in doubt, given that x + xt is
 * known within xerr; a result not normal). */
int exp_fast(double x, double xt, double xerr, int negative, double *y);
/* r * 2^scale rounded, negated if negative, with the errors of exp. */
double exp_finish(dd r, int scale, int negative);
dd log_dd(double x);			/* log.c: log(x) for finite x > 0 */
dd log_accurate(double x);		/* log.c: the same within 2^-101 */
/* log.c: log(x) as *y within *err (absolute) for finite normal x > 0,
 * by double arithmetic; 0 for a subnormal x. */
int log_fast(double x, dd *y, double *err);
int log_special(double x, double *y);	/* log.c: NaN, 0, x < 0, inf */
dd log_of_dd(dd t);			/* log.c: log(t.hi + t.lo), t > 0 */
int rem_pio2(double x, double y[2]);	/* rem_pio2.c: x - n pi/2, n */
/* sin.c: sin(x + y) and cos(x + y) for |x| <= pi/4 + a little. */
dd sin_dd(double x, double y);
dd cos_dd(double x, double y);
dd atan_dd(dd t);			/* atan.c: atan(t) for t >= 0 */
/* nan.c: the number a nan() argument spells; 0 if it spells none. */
int nan_payload(const char *s, uint64_t *v);

#endif
