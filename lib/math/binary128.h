/*
 * What the binary128 long double functions share (aarch64, riscv64):
 * the format's bits, error helpers and double-quad arithmetic. Not a
 * public header.
 *
 * binary128 has a 113-bit significand (112 stored), a 15-bit exponent
 * biased by 16383. Its arithmetic is libgcc's (__addtf3, __multf3, ...),
 * rounded in the current mode and raising the IEEE flags as hardware
 * would. The exact functions work on the bits as one unsigned __int128;
 * the others compute in double-quad (hi + lo, about 226 bits) and round
 * once at the end, which keeps them within an ulp.
 *
 * scripts/host-libm builds these files for the host too, with
 * LIBM_BINARY128_HOST: there quad is the host's _Float128, and the host's
 * math.h (whose long double is the x87's) is left out.
 */
#ifndef LIB_MATH_BINARY128_H
#define LIB_MATH_BINARY128_H

#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <limits.h>
#include <stdint.h>

#ifdef LIBM_BINARY128_HOST
typedef _Float128 quad;
#define Q(c) c##Q
quad sqrtl(quad);
quad expm1l(quad);
quad log1pl(quad);
quad scalbnl(quad, int);
quad rintl(quad);
quad truncl(quad);
quad floorl(quad);
int ilogbl(quad);
int nan_payload(const char *s, uint64_t *v);
double cbrt(double);
quad logl(quad);
quad fmodl(quad, quad);
extern int signgam;
#define FP_ILOGB0	(-2147483647 - 1)	/* include/math.h's, x86's */
#define FP_ILOGBNAN	(-2147483647 - 1)
#include "power.h"
#else
#include "libm.h"
typedef long double quad;
#define Q(c) c##L
#endif

#if LDBL_MANT_DIG == 113 || defined(LIBM_BINARY128_HOST)

typedef unsigned __int128 u128;

#define Q_BIAS		16383
#define Q_EXP_MAX	0x7fff			/* inf and NaN */
#define Q_HIDDEN	((u128)1 << 112)
#define Q_MANT		(Q_HIDDEN - 1)
#define Q_SIGN		((u128)1 << 127)
#define Q_INF_BITS	((u128)Q_EXP_MAX << 112)
#define Q_QUIET		((u128)1 << 111)

static inline u128 qbits(quad x)
{
	union { quad f; u128 i; } u = { x };
	return u.i;
}

static inline quad qfrom(u128 i)
{
	union { u128 i; quad f; } u = { i };
	return u.f;
}

static inline int qexp(quad x)		/* biased exponent field */
{
	return (int)(qbits(x) >> 112 & Q_EXP_MAX);
}

static inline int clz128(u128 a)	/* a != 0 */
{
	uint64_t h = (uint64_t)(a >> 64);

	return h ? __builtin_clzll(h) : 64 + __builtin_clzll((uint64_t)a);
}

static inline quad qabs(quad x) { return qfrom(qbits(x) & ~Q_SIGN); }
static inline int qsignbit(quad x) { return (int)(qbits(x) >> 127); }
static inline int qisnan(quad x) { return (qbits(x) & ~Q_SIGN) > Q_INF_BITS; }
static inline int qisinf(quad x) { return (qbits(x) & ~Q_SIGN) == Q_INF_BITS; }
static inline int qisfinite(quad x) { return qexp(x) != Q_EXP_MAX; }

static inline quad qcopysign(quad x, quad y)
{
	return qfrom((qbits(x) & ~Q_SIGN) | (qbits(y) & Q_SIGN));
}

/* 2^n for a normal power, -16382 <= n <= 16383. */
static inline quad qpow2(int n)
{
	return qfrom((u128)(n + Q_BIAS) << 112);
}

/* The significand of a finite nonzero |x| as an integer in [2^112, 2^113)
 * and its exponent, biased, below 1 for a subnormal x:
 * |x| = *m * 2^(e - Q_BIAS - 112). */
static inline int qunpack(u128 u, u128 *m)
{
	int e = (int)(u >> 112 & Q_EXP_MAX);

	u &= Q_MANT;
	if (e)
		u |= Q_HIDDEN;
	else
		for (e = 1; u < Q_HIDDEN; e--)
			u <<= 1;
	*m = u;
	return e;
}

/* A value that the compiler must compute at run time (its flags). */
static inline quad qopaque(quad x)
{
	volatile quad v = x;
	return v;
}

/* Errors, as glibc reports them (binary128.c). */
quad q_invalid(void);			/* NaN, FE_INVALID, EDOM */
quad q_divzero(int negative);		/* +-inf, FE_DIVBYZERO, ERANGE */
quad q_overflow(int negative);		/* +-inf (or max), ERANGE */
quad q_underflow(int negative);		/* +-0 (or min), ERANGE */
/* x itself, for a tiny x where a function's next term is below half an
 * ulp: inexact, and underflow if x is subnormal (no ERANGE, as glibc). */
quad q_tiny(quad x);
void q_raise_inexact(void);
void q_raise_underflow(void);		/* with inexact */
/* (-1)^negative * m * 2^(e - Q_BIAS - 114), m in [2^114, 2^115) with two
 * bits below the result's last and sticky for any nonzero bit further
 * down, rounded in the current mode with its flags (binary128.c). */
quad q_round_pack(int negative, int e, u128 m, int sticky);

/*
 * Double-quad arithmetic: hi + lo with |lo| <= ulp(hi) / 2.
 */
typedef struct { quad hi, lo; } dq;

static inline dq dq_of(quad x) { return (dq){ x, 0 }; }

static inline dq fast_two_sum_q(quad a, quad b)	/* |a| >= |b| */
{
	quad s = a + b;
	return (dq){ s, b - (s - a) };
}

static inline dq two_sum_q(quad a, quad b)
{
	quad s = a + b, bb = s - a;
	return (dq){ s, (a - (s - bb)) + (b - bb) };
}

/* a * b exactly: Veltkamp's split into 57-bit halves and Dekker's
 * product (for |a|, |b| below 2^16000). */
static inline dq two_prod_q(quad a, quad b)
{
	const quad split = Q(0x1p57) + 1;
	quad p = a * b, ca = split * a, cb = split * b;
	quad ah = ca - (ca - a), al = a - ah;
	quad bh = cb - (cb - b), bl = b - bh;

	return (dq){ p, ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

static inline dq dq_add(dq a, dq b)
{
	dq s = two_sum_q(a.hi, b.hi), t = two_sum_q(a.lo, b.lo);

	s.lo += t.hi;
	s = fast_two_sum_q(s.hi, s.lo);
	s.lo += t.lo;
	return fast_two_sum_q(s.hi, s.lo);
}

static inline dq dq_neg(dq a) { return (dq){ -a.hi, -a.lo }; }
static inline dq dq_sub(dq a, dq b) { return dq_add(a, dq_neg(b)); }

static inline dq dq_add_q(dq a, quad b)
{
	dq s = two_sum_q(a.hi, b);

	s.lo += a.lo;
	return fast_two_sum_q(s.hi, s.lo);
}

static inline dq dq_mul(dq a, dq b)
{
	dq p = two_prod_q(a.hi, b.hi);

	p.lo += a.hi * b.lo + a.lo * b.hi;
	return fast_two_sum_q(p.hi, p.lo);
}

static inline dq dq_mul_q(dq a, quad b)
{
	dq p = two_prod_q(a.hi, b);

	p.lo += a.lo * b;
	return fast_two_sum_q(p.hi, p.lo);
}

static inline dq dq_div(dq a, dq b)
{
	quad q1 = a.hi / b.hi, q2, q3;
	dq r = dq_sub(a, dq_mul_q(b, q1));

	q2 = r.hi / b.hi;
	r = dq_sub(r, dq_mul_q(b, q2));
	q3 = r.hi / b.hi;
	return dq_add_q(fast_two_sum_q(q1, q2), q3);
}

static inline dq dq_scale(dq a, quad p2)	/* times a power of 2 */
{
	return (dq){ a.hi * p2, a.lo * p2 };
}

dq dq_sqrt(dq a);		/* binary128.c: a >= 0 */

/* The value rounded to quad (in the current mode). */
static inline quad dq_round(dq a) { return a.hi + a.lo; }

/* Constants (tables_binary128.c, from scripts/libm-tables128.py). */
#define TWO_OVER_PI_WORDS	262
extern const dq DQ_LN2, DQ_LN10, DQ_LOG2E, DQ_PIO2, DQ_PI;
extern const dq DQ_INV_SQRTPI, DQ_HALF_LN_2PI, DQ_EULER;
extern const dq dq_zeta[8];		/* zeta(2) .. zeta(9) */
extern const uint64_t two_over_pi_bits[TWO_OVER_PI_WORDS];

/* Kernels, each in the file that names it. */
/* binary128_exp.c: e^x = *r * 2^k for |x| < 12000 (k returned). */
int exp_dq(dq x, dq *r);
/* binary128_exp.c: r 2^k rounded; ERANGE where that overflows or
 * underflows to zero, the underflow flag where it is subnormal. */
quad exp_scaled(dq r, int k);
/* Beyond these, e^x overflows or underflows to zero in binary128. */
#define EXP_OVERFLOW	Q(11356.523406294143949491931077970765)
#define EXP_UNDERFLOW	Q(-11433.462743336297878837243843452621)
dq expm1_small_dq(dq x);	/* e^x - 1 for |x| <= 0.5 */
/* binary128_log.c: log(x) for finite x > 0. */
dq log_dq(dq x);
/* binary128_trig.c: x - n pi/2 in *r for finite x, n mod 4 returned. */
int rem_pio2_dq(quad x, dq *r);
dq sin_dq(dq x);		/* |x| <= pi/4 + a little */
dq cos_dq(dq x);
dq atan_dq(dq t);		/* t >= 0 */

#endif
#endif
