/*
 * pow: exp(y log|x|). The special cases follow C99 F.9.4.4; the errors
 * follow glibc.
 *
 * The fast path (pow_fast), in double arithmetic with the few exact
 * products it needs split by masking (no fma assumed):
 *   log|x| = k ln2 - log(invc) + log1p(r), r = m invc - 1, from
 *     pow_log_table, whose invc have 20 bits: invc times m's top 33 bits
 *     is exact, and so is r's head (Sterbenz); k LN2_HI + log(invc)'s
 *     head is exact too; invc = 1 beside 1, so that near 1 the error
 *     stays relative. log1p(r) = r - r^2/2 + r^3 P(r) to r^10, r^2's head
 *     exact; the sum as hi + lo, within 2^-85 |hi| + 2^-50 (|r|^3 +
 *     |k ln2_lo - log(invc)_lo|).
 *   t = y log|x| as a double-double (y hi exact, y lo rounded).
 *   exp(t) = 2^(k/128) exp(r) on exp2_table with th r exact, as exp_core
 *     does: within 2^-67 of the result, plus t's error.
 * Ziv's rounding test takes the result where that error cannot change
 * the rounding (far more than 999 calls in 1000); else, and where the
 * result would not be normal, log_dd and exp_core decide.
 */
#include "libm.h"
#include "tables.h"

/* log(x) for normal x > 0 (from its bits u) as hi + lo, its error
 * bound into *err. */
static inline dd pow_log(uint64_t u, double *err)
{
	uint64_t t = u - LOG_BASE_BITS;
	int k = (int)((int64_t)t >> 52);
	const struct pow_log_entry *e = &pow_log_table[t >> 45 & (LOG_TABLE_SIZE - 1)];
	double m = asdouble(u - (t & 0xfff0000000000000ULL)), kd = k;
	double mh = asdouble(asuint64(m) & 0xfffffffffff00000ULL);
	double rh = mh * e->invc - 1.0, rl = (m - mh) * e->invc;
	dd rr = fast_two_sum(rh, rl), b, c;
	double r = rr.hi, re = rr.lo, r2 = r * r, r3 = r * r2;
	double sh = asdouble(asuint64(r) & 0xfffffffff8000000ULL), sl = r - sh;
	double lc = kd * LN2_LO + e->logc_lo, p, lo;

	/* P(r) = 1/3 - r/4 + ... - r^7/10, Estrin's form. */
	p = ((1.0 / 3 - r * (1.0 / 4)) + r2 * (1.0 / 5 - r * (1.0 / 6))) +
	    (r2 * r2) * ((1.0 / 7 - r * (1.0 / 8)) + r2 * (1.0 / 9 - r * (1.0 / 10)));
	/* k LN2_HI + logc_hi is exact; |it| >= |r| where it is not 0. */
	b = fast_two_sum(kd * LN2_HI + e->logc_hi, r);
	c = fast_two_sum(b.hi, -0.5 * sh * sh);	/* r^2's head, exact */
	lo = (b.lo + c.lo) + lc + (re - 0.5 * sl * (r + sh) - r * re) + r3 * p;
	*err = 0x1p-85 * __builtin_fabs(c.hi) +
	       0x1p-50 * (__builtin_fabs(r3) + __builtin_fabs(lc));
	return (dd){ c.hi, lo };
}

/*
 * |x|^y, negated if negative, into *v; 0 when the slow path must decide
 * (x subnormal, |y log x| >= 708, a result not normal or a rounding in
 * doubt).
 */
static inline __attribute__((always_inline)) int pow_fast(double x, double y,
							     int negative, double *v)
{
	uint64_t u = asuint64(x) & 0x7fffffffffffffffULL;
	double lerr, kd, th, tl, r1, q, r2, err, hi, lo;
	int k, j, scale;
	dd l, p, t, r, s;

	if (__builtin_expect(u < 0x0010000000000000ULL, 0))
		return 0;
	l = pow_log(u, &lerr);
	t = mul_masked(y, l.hi);
	t = fast_two_sum(t.hi, t.lo + y * l.lo);	/* y log x */
	if (__builtin_expect(!(__builtin_fabs(t.hi) < 708.0), 0))
		return 0;

	/* exp(t): t = k ln2/128 + r, |r| <= ln2/256. */
	k = exp_index(t.hi);
	kd = k;
	j = k & (EXP_TABLE_SIZE - 1);
	scale = k >> 7;
	th = exp2_table[2 * j];
	tl = exp2_table[2 * j + 1];
	r1 = t.hi - kd * LN2_128_HI;		/* exact */
	r = fast_two_sum(r1, t.lo - kd * LN2_128_LO);	/* exact, or r small */
	r2 = r.hi * r.hi;
	/* exp(r) - 1 - r to r^6 (the rest below 2^-71 at ln2/256) */
	q = r2 * ((0.5 + r.hi * (1.0 / 6)) +
		  r2 * ((1.0 / 24 + r.hi * (1.0 / 120)) + r2 * (1.0 / 720)));
	p = mul_masked(th, r.hi);
	s = fast_two_sum(th, p.hi);
	hi = s.hi;
	lo = s.lo + p.lo + tl + th * (q + r.lo) + tl * r.hi;
	err = hi * (0x1p-67 + 1.01 * (__builtin_fabs(y) * lerr +
				      0x1p-100 * __builtin_fabs(t.hi)));
	if (negative) {
		hi = -hi;
		lo = -lo;
	}
	if (__builtin_expect(!round_is_clear(hi, lo, err) || scale < -1022 ||
			     scale > 1022, 0))
		return 0;
	*v = (hi + lo) * asdouble((uint64_t)(0x3ff + scale) << 52);
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
	int done, negative, scale;
	double r, hi;
	dd l, p;

	/* The common case without the special cases' tests: x positive,
	 * normal and not 1, 2^-200 <= |y| < 2^200, y not 2 (below). */
	if (__builtin_expect(ux - 0x0010000000000000ULL < 0x7fe0000000000000ULL &&
			     ux != 0x3ff0000000000000ULL &&
			     (asuint64(y) >> 52 & 0x7ff) - (0x3ff - 200) < 400 &&
			     y != 2.0, 1) &&
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
	/* The slow way: log and exp in double-double. */
	l = log_dd(__builtin_fabs(x));
	hi = y * l.hi;
	if (hi > 710.0)
		return math_overflow(negative);
	if (hi < -746.0)
		return math_underflow(negative);
	p = two_prod(y, l.hi);
	p = fast_two_sum(p.hi, p.lo + y * l.lo);
	if (__builtin_fabs(p.hi) < 0x1p-60)	/* |x^y - 1| < 2^-60 */
		return negative ? -1.0 - p.hi : 1.0 + p.hi;
	if (exp_fast(p.hi, p.lo, 0.0, negative, &r))
		return r;
	p = exp_core(p.hi, p.lo, &scale);
	return exp_finish(p, scale, negative);
}
