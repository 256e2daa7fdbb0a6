/*
 * pow: exp(y log|x|). The special cases follow C99 F.9.4.4; the errors
 * follow glibc.
 *
 * The fast path (pow_fast), in double arithmetic with no exact product
 * (no fma assumed), only splits by masking:
 *   log|x| = k ln2 - log(invc) + log1p(r), r = m invc - 1, from
 *     pow_log_table (invc of 13 bits, 1 in the interval about 1): r =
 *     rh + rl exactly, rh = m_hi invc - 1 of 26 bits (m_hi: m's top 21
 *     bits), rl = (m - m_hi) invc, so that rh^2 is exact; log1p(r) = r -
 *     r^2/2 + r^3 P(r), P of degree 5 (minimax, below 2^-79 at |r| <
 *     2^-7.9). log|x| comes out cut for the product: lh, its 26 top bits,
 *     and ll, the rest, the sum ((a - lh) + rh - rh^2/2) + rl exact (a = k
 *     LN2_HI - log(invc)_hi), so that log|x| is within about 2^-76 + 2^-78
 *     |log x|.
 *   t = y log|x| = yh lh + (yl lh + y ll), y = yh + yl cut at 26 bits:
 *     yh lh and yl lh exact.
 *   exp(t) = 2^(k/256) exp(r) on erfc_exp_table (2^(j/256) as a 27-bit
 *     hi + lo), k the integer nearest t 256/ln2, with r = t - k ln2/256
 *     cut at 26 bits so that hi times r's head is exact; exp(r) - 1 - r
 *     of degree 6 (minimax on |r| < ln2/256 + 2^-14, below 2^-75.6).
 *   The heads are cut in the register that holds them (high_half).
 * The result before its scaling (in [1, 2]) is known within 2^-66 +
 * 2^-74 |t| + 2^-73 |y| (measured against MPFR on 6M arguments, near 1,
 * over the whole range of x and of t: below 0.3 of that), and Ziv's test
 * with that bound takes it where the error cannot change the rounding
 * (all but about 1 call in 3000 for 0.1 < x < 10, |y| < 30); else, and
 * for |t| >= 708, log_accurate and exp_core decide.
 */
#include <fenv.h>
#include "libm.h"
#include "tables.h"

/* log(x) for normal x > 0 (from its bits u) as *lh, of 26 bits, + *ll. */
static inline __attribute__((always_inline)) void pow_log(uint64_t u,
		double *lh, double *ll)
{
	uint64_t t = u - POW_LOG_BASE_BITS;
	int k = (int)((int64_t)t >> 52);
	const struct pow_log_entry *e =
		&pow_log_table[t >> 45 & (POW_LOG_TABLE_SIZE - 1)];
	double m = asdouble(u - (t & 0xfff0000000000000ULL)), kd = k;
	double mh = asdouble((asuint64(m) + 0x80000000) & 0xffffffff00000000ULL);
	double rh = mh * e->invc - 1.0, rl = (m - mh) * e->invc, r = rh + rl;
	double a = kd * LN2_HI + e->logc_hi;		/* exact */
	double h2 = 0.5 * rh * rh, r2 = r * r, p, hi;

	p = (0x1.5555555555556p-2 - r * 0x1p-2) +
	    r2 * (0x1.9999999917c93p-3 - r * 0x1.55555554e0802p-3) +
	    (r2 * r2) * (0x1.2493a0e3658e1p-3 - r * 0x1.0001355ef6a72p-3);
	hi = high_half((a + r) - h2);
	/* r^2 = rh^2 + rl (rh + r); each partial sum here is exact. */
	*lh = hi;
	*ll = ((((a - hi) + rh) - h2) + rl) +
	      ((kd * LN2_LO + e->logc_lo) - (0.5 * rl) * (rh + r) + r * r2 * p);
}

/*
 * |x|^y, negated if negative, into *v; 0 when the slow path must decide
 * (x subnormal, |y log x| >= 708, a rounding in doubt).
 */
static inline __attribute__((always_inline)) int pow_fast(double x, double y,
							     int negative, double *v)
{
	uint64_t u = asuint64(x) & 0x7fffffffffffffffULL;
	double lh, ll, yh, th, tl, kd, re, rt, r, rc, rest, eh, el, p, r2, q;
	double hi, lo, err;
	int k, j;

	if (__builtin_expect(u < 0x0010000000000000ULL, 0))
		return 0;
	pow_log(u, &lh, &ll);
	yh = high_half(y);
	th = yh * lh;				/* exact */
	tl = (y - yh) * lh + y * ll;		/* the first product exact */
	if (__builtin_expect(!(__builtin_fabs(th) < 708.0), 0))
		return 0;

	/* exp(th + tl): t = k ln2/256 + r, |r| <= ln2/512 + 2^-14, k the
	 * nearest integer to th 256/ln2 by truncating th 256/ln2 + 1/2 +
	 * 2^20 (positive here: the add is exact to 2^-32, so that k is the
	 * same in every rounding mode but where th 256/ln2 lies that near
	 * a half; with the shifting add instead, a directed mode may round
	 * a small th to k = +-1, where th - k ln2/256 is not exact). */
	k = (int32_t)(th * (2 * INV_LN2_128) + (0x1p20 + 0.5)) - 0x100000;
	kd = k;
	j = k & 255;
	eh = erfc_exp_table[j][0];
	el = erfc_exp_table[j][1];
	re = th - kd * (LN2_128_HI / 2);	/* exact */
	rt = tl - kd * (LN2_128_LO / 2);
	r = re + rt;
	rc = high_half(r);
	rest = (re - rc) + rt;
	p = eh * rc;				/* exact */
	hi = eh + p;
	r2 = r * r;
	q = r2 * ((0.5 + r * 0x1.55555555554cep-3) +
		  r2 * ((0x1.5555555555512p-5 + r * 0x1.1111153587243p-7) +
			r2 * 0x1.6c16c5908cd31p-10));
	lo = (p - (hi - eh)) + (el + (eh * (rest + q) + el * (r + q)));
	err = 0x1p-66 + 0x1p-74 * __builtin_fabs(th) + 0x1p-73 * __builtin_fabs(y);
	if (negative) {
		hi = -hi;
		lo = -lo;
	}
	if (__builtin_expect(!round_is_clear(hi, lo, err), 0))
		return 0;
	/* |t| < 708: the result is normal, 2^(k >> 8) too. */
	*v = (hi + lo) * pow2(k >> 8);
	return 1;
}

/* 0 for a non-integer, 1 for an odd integer, 2 for an even one: from
 * the bits, where the unit's bit lies in the significand. */
static int integer_kind(double y)
{
	uint64_t u = asuint64(y);
	int e = exponent_bits(y) - 0x3ff;

	if (e < 0)
		return 0;	/* |y| < 1 (0 is handled before) */
	if (e > 52)
		return e == 0x400 ? 0 : 2;	/* inf, NaN; or even */
	if (e < 52 && u << (12 + e))
		return 0;	/* bits below the unit */
	if (e == 0)
		return 1;	/* +-1: the unit is the implicit bit */
	return u >> (52 - e) & 1 ? 1 : 2;
}

static double pow_special(double x, double y, int *done)
{
	int kind = integer_kind(y);
	double ax = __builtin_fabs(x);

	*done = 1;
	if (y == 0 || x == 1)
		return 1.0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(y)) {
		if (ax == 1)
			return 1.0;
		return (ax < 1) == (y < 0) ? __builtin_inf() : 0.0;
	}
	if (x == 0) {
		if (y > 0)
			return kind == 1 ? x : 0.0;
		return math_divzero(kind == 1 && __builtin_signbit(x));
	}
	if (__builtin_isinf(x)) {
		double r = y > 0 ? __builtin_inf() : 0.0;

		return kind == 1 && x < 0 ? -r : r;
	}
	if (x < 0 && kind == 0)
		return math_invalid(x);
	if (ax == 1)
		return kind == 1 ? x : 1.0;
	*done = 0;
	return 0;
}

double pow(double x, double y)
{
	uint64_t ux = asuint64(x);
	int done, negative, scale, mode, directed;
	double r, hi;
	dd l, p, core;

	/* The common case without the special cases' tests: x positive,
	 * normal and not 1, 2^-200 <= |y| < 2^200, y not 2 (below). */
	if (__builtin_expect(ux - 0x0010000000000000ULL < 0x7fe0000000000000ULL &&
			     ux != 0x3ff0000000000000ULL &&
			     (asuint64(y) >> 52 & 0x7ff) - (0x3ff - 200) < 400 &&
			     asuint64(y) != 0x4000000000000000ULL, 1) &&
	    pow_fast(x, y, 0, &r))
		return r;
	r = pow_special(x, y, &done);
	if (done)
		return r;
	/* Exponents whose answer is one correctly rounded operation. */
	if (y == 2.0 || y == -1.0 || y == 0.5) {
		r = y == 2.0 ? x * x : y == -1.0 ? 1.0 / x : sqrt_insn(x);
		if (__builtin_isinf(r) || r == 0)
			errno = ERANGE;
		return r;
	}
	if (y == 1.0)
		return x;
	negative = x < 0 && integer_kind(y) == 1;
	if (pow_fast(x, y, negative, &r))
		return r;
	/* The slow way: log (within 2^-101, which y may multiply by 2^20)
	 * and exp in double-double, in round-to-nearest,
	 * which their error-free sums and products need (in a directed
	 * mode they lose bits, and results came out one ulp wrong), the
	 * result rounded once in the caller's mode. */
	mode = fegetround();
	if (mode != FE_TONEAREST)
		fesetround(FE_TONEAREST);
	l = log_accurate(__builtin_fabs(x));
	hi = y * l.hi;
	p = two_prod(y, l.hi);
	p = fast_two_sum(p.hi, p.lo + y * l.lo);
	directed = mode != FE_TONEAREST && hi <= 710.0 && hi >= -746.0 &&
		   __builtin_fabs(p.hi) >= 0x1p-60;
	if (directed)
		core = exp_core(p.hi, p.lo, &scale);
	if (mode != FE_TONEAREST)
		fesetround(mode);
	if (hi > 710.0)
		return math_overflow(negative);
	if (hi < -746.0)
		return math_underflow(negative);
	if (__builtin_fabs(p.hi) < 0x1p-60)	/* |x^y - 1| < 2^-60 */
		return negative ? -1.0 - p.hi : 1.0 + p.hi;
	if (directed)
		return exp_finish(core, scale, negative);
	if (exp_fast(p.hi, p.lo, 0.0, negative, &r))
		return r;
	core = exp_core(p.hi, p.lo, &scale);
	return exp_finish(core, scale, negative);
}
