/*
 * long double on x86_64 and x86: the x87's 80-bit format (64-bit
 * significand with an explicit integer bit, 15-bit exponent).
 *
 * The exact operations use the x87's own instructions (frndint under a
 * chosen rounding mode, fscale, fprem, fsqrt) or the bits. The others
 * reuse the double-double kernels: a long double is exactly a double-double
 * (hi = its first 53 bits, lo = the next 11) once scaled into double's
 * range, and those kernels are accurate to about 2^-70, beyond the 2^-64
 * that long double needs. erfl, erfcl, lgammal and tgammal are the double
 * functions widened (53 bits): not yet as accurate as glibc's.
 */
#include "libm.h"
#include "tables.h"

#if LDBL_MANT_DIG == 64
#include <fenv.h>
#include <limits.h>

union ldbits {
	long double f;
	struct { uint64_t m; uint16_t se; } i;
};

static inline int ld_exp(long double x)	/* biased exponent */
{
	union ldbits u = { x };

	return u.i.se & 0x7fff;
}

static inline long double ld_scale(long double x, int n)
{
	long double r;

	__asm__("fscale" : "=t"(r) : "0"(x), "u"((long double)n));
	return r;
}

static inline long double ld_rint(long double x)
{
	__asm__("frndint" : "+t"(x));
	return x;
}

static long double ld_round_mode(long double x, unsigned short rc)
{
	unsigned short cw, ncw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	ncw = (unsigned short)((cw & ~0xc00) | rc);
	__asm__ volatile("fldcw %0" : : "m"(ncw));
	__asm__ volatile("frndint" : "+t"(x));
	__asm__ volatile("fldcw %0" : : "m"(cw));
	return x;
}

/* A long double in double range as an exact double-double. */
static inline dd ld_split(long double x)
{
	double hi = (double)x;

	return (dd){ hi, (double)(x - hi) };
}

static inline long double ld_join(dd r)
{
	return (long double)r.hi + r.lo;
}

long double fabsl(long double x) { return __builtin_fabsl(x); }
long double copysignl(long double x, long double y)
{
	return __builtin_copysignl(x, y);
}

long double floorl(long double x) { return ld_round_mode(x, 0x400); }
long double ceill(long double x) { return ld_round_mode(x, 0x800); }
long double truncl(long double x) { return ld_round_mode(x, 0xc00); }
long double rintl(long double x) { return ld_rint(x); }

long double nearbyintl(long double x)
{
	int inexact = fetestexcept(FE_INEXACT);

	x = ld_rint(x);
	if (!inexact)
		feclearexcept(FE_INEXACT);
	return x;
}

long double roundl(long double x)
{
	long double t = truncl(x);

	if (__builtin_fabsl(x - t) >= 0.5L)
		t += __builtin_copysignl(1.0L, x);
	return t;
}

long lroundl(long double x) { return (long)roundl(x); }
long long llroundl(long double x) { return (long long)roundl(x); }
long lrintl(long double x) { return (long)ld_rint(x); }
long long llrintl(long double x) { return (long long)ld_rint(x); }

long double modfl(long double x, long double *ip)
{
	long double t = truncl(x);

	*ip = t;
	if (__builtin_isinf(x))
		return __builtin_copysignl(0.0L, x);
	return __builtin_copysignl(x - t, x);
}

long double frexpl(long double x, int *e)
{
	union ldbits u = { x };
	int be = u.i.se & 0x7fff;

	if (be == 0x7fff || x == 0) {
		*e = 0;
		return x + x;
	}
	if (be == 0) {
		x = frexpl(x * 0x1p64L, e);
		*e -= 64;
		return x;
	}
	*e = be - 0x3ffe;
	u.i.se = (uint16_t)((u.i.se & 0x8000) | 0x3ffe);
	return u.f;
}

long double scalbnl(long double x, int n)
{
	long double y;

	if (x == 0 || !__builtin_isfinite(x))
		return x + x;
	if (n > 40000)
		n = 40000;
	if (n < -40000)
		n = -40000;
	y = ld_scale(x, n);
	if (y == 0 || __builtin_isinf(y))
		errno = ERANGE;
	return y;
}

long double ldexpl(long double x, int n) { return scalbnl(x, n); }
long double scalblnl(long double x, long n)
{
	return scalbnl(x, n > INT_MAX ? INT_MAX : n < INT_MIN ? INT_MIN : (int)n);
}

int ilogbl(long double x)
{
	int e;

	if (x == 0 || !__builtin_isfinite(x)) {
		math_invalid(0.0);
		return __builtin_isinf(x) ? INT_MAX : x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	frexpl(x, &e);
	return e - 1;
}

long double logbl(long double x)
{
	if (x == 0)
		return -1.0L / __builtin_fabsl(x);
	if (!__builtin_isfinite(x))
		return x * x;
	return ilogbl(x);
}

long double significandl(long double x)
{
	if (x == 0 || !__builtin_isfinite(x))
		return x + x;
	return scalbnl(x, -ilogbl(x));
}

int finitel(long double x) { return __builtin_isfinite(x); }

/* The neighbour of x in the direction up (toward +inf when 1). */
static long double ld_step(long double x, int up)
{
	union ldbits u = { x };
	int e = u.i.se & 0x7fff, away = (x > 0) == !!up;

	if (x == 0) {
		u.i.se = up ? 0 : 0x8000;
		u.i.m = 1;
	} else if (away) {
		if (u.i.m == ~0ULL) {
			u.i.m = 1ULL << 63;
			u.i.se++;
		} else {
			u.i.m++;
			if (e == 0 && u.i.m == 1ULL << 63)
				u.i.se++;	/* the smallest normal */
		}
	} else {
		if (u.i.m == 1ULL << 63 && e > 1) {
			u.i.m = ~0ULL;
			u.i.se--;
		} else if (u.i.m == 1ULL << 63 && e == 1) {
			u.i.m = ~0ULL >> 1;
			u.i.se--;
		} else {
			u.i.m--;
		}
	}
	return u.f;
}

long double nextafterl(long double x, long double y)
{
	long double r;

	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	r = ld_step(x, y > x);
	if (__builtin_isinf(r)) {
		errno = ERANGE;
		r = x + x;	/* overflow */
	} else if (__builtin_fabsl(r) < LDBL_MIN) {
		volatile long double t = r * r;	/* underflow */
		(void)t;
		if (x != 0)
			errno = ERANGE;
	}
	return r;
}

long double nexttowardl(long double x, long double y)
{
	return nextafterl(x, y);
}

long double fmodl(long double x, long double y)
{
	unsigned short sw;

	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return math_invalid(0.0);
	if (__builtin_isinf(y))
		return x;
	do {
		__asm__("fprem; fnstsw %1" : "+t"(x), "=a"(sw) : "u"(y));
	} while (sw & 0x400);
	return x;
}

/*
 * The quotient's low bits come from comparisons, not from the C0, C3 and
 * C1 bits fprem1 leaves in the status word: emulators of the x87 (qemu's
 * among them) leave those bits clear. Every step is exact, so no flag is
 * raised: |x| mod 8|y| by fprem keeps the quotient's low three bits, each
 * k|y| subtracted is within a factor of two of what remains (Sterbenz),
 * and the last step rounds the quotient to even as remainder asks.
 */
long double remquol(long double x, long double y, int *quo)
{
	long double m, ay = __builtin_fabsl(y);
	int n = 0;

	*quo = 0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return math_invalid(0.0);
	if (__builtin_isinf(y))
		return x;
	m = __builtin_fabsl(x);
	if (ay <= LDBL_MAX / 8)
		m = fmodl(m, 8 * ay);
	for (int k = 4; k >= 1; k /= 2)
		if (ay <= LDBL_MAX / k && m >= k * ay) {
			m -= k * ay;
			n += k;
		}
	if (ay < 1 ? 2 * m > ay || (2 * m == ay && n & 1)
		   : m > ay / 2 || (m == ay / 2 && n & 1)) {
		m -= ay;
		n++;
	}
	n &= 7;
	*quo = __builtin_signbit(x) != __builtin_signbit(y) ? -n : n;
	return __builtin_signbit(x) ? -m : m;
}

long double remainderl(long double x, long double y)
{
	int q;

	return remquol(x, y, &q);
}

long double dreml(long double x, long double y) { return remainderl(x, y); }

long double fminl(long double x, long double y)
{
	if (__builtin_isless(x, y))
		return x;
	if (__builtin_isgreaterequal(x, y))
		return y;
	return __builtin_isnan(x) ? (__builtin_isnan(y) ? x + y : y) : x;
}

long double fmaxl(long double x, long double y)
{
	if (__builtin_isgreater(x, y))
		return x;
	if (__builtin_islessequal(x, y))
		return y;
	return __builtin_isnan(x) ? (__builtin_isnan(y) ? x + y : y) : x;
}

long double fdiml(long double x, long double y)
{
	if (__builtin_isunordered(x, y))
		return x + y;
	if (!(x > y))
		return 0.0L;
	x -= y;
	if (__builtin_isinf(x) && __builtin_isfinite(y))
		errno = ERANGE;
	return x;
}

long double sqrtl(long double x)
{
	if (__builtin_isless(x, 0.0L))
		return math_invalid(0.0);
	__asm__("fsqrt" : "+t"(x));
	return x;
}

/* x * y + z: the exact product as two long doubles (Veltkamp's split at
 * 32 bits, Dekker's product), then a compensated sum. Rounds correctly in
 * almost every case, not all. */
long double fmal(long double x, long double y, long double z)
{
	const long double split = 4294967297.0L;	/* 2^32 + 1 */
	long double p, e, cx, cy, xh, xl, yh, yl, s, bb, err;

	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) ||
	    !__builtin_isfinite(z) || x == 0 || y == 0 || z == 0)
		return x * y + z;
	p = x * y;
	if (!__builtin_isfinite(p) || __builtin_fabsl(p) < 0x1p-16000L)
		return p + z;
	cx = split * x;
	xh = cx - (cx - x);
	xl = x - xh;
	cy = split * y;
	yh = cy - (cy - y);
	yl = y - yh;
	e = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
	s = p + z;
	bb = s - p;
	err = (p - (s - bb)) + (z - bb);
	return s + (err + e);
}

long double nanl(const char *s)
{
	union ldbits u;
	double d = nan(s);

	u.i.se = 0x7fff;
	u.i.m = 0xc000000000000000ULL | (asuint64(d) & 0x0007ffffffffffffULL);
	return u.f;
}

/* ---- logarithms ---- */

/* log(x) for finite x > 0 as a double-double: x = 2^e m, m in [1, 2). */
static dd ld_log_dd(long double x, int *e_out)
{
	int e;
	long double m = frexpl(x, &e) * 2.0L;
	dd l = log_of_dd(ld_split(m)), k;

	e -= 1;
	*e_out = e;
	k = two_prod((double)e, LN2_DD_HI);
	k.lo += e * LN2_DD_LO;
	return dd_add(k, l);
}

static int ld_log_special(long double x, long double *y)
{
	if (__builtin_isgreater(x, 0.0L) && __builtin_isless(x, __builtin_infl()))
		return 0;
	if (__builtin_isnan(x))
		*y = x + x;
	else if (x == 0)
		*y = math_divzero(1);
	else if (x < 0)
		*y = math_invalid(0.0);
	else
		*y = x;
	return 1;
}

long double logl(long double x)
{
	long double y;
	int e;

	if (ld_log_special(x, &y))
		return y;
	return ld_join(ld_log_dd(x, &e));
}

long double log2l(long double x)
{
	long double y, m;
	int e;

	if (ld_log_special(x, &y))
		return y;
	m = frexpl(x, &e);
	if (m == 0.5L)
		return e - 1;
	return ld_join(dd_mul(ld_log_dd(x, &e), (dd){ INV_LN2_HI, INV_LN2_LO }));
}

long double log10l(long double x)
{
	long double y;
	int e;

	if (ld_log_special(x, &y))
		return y;
	return ld_join(dd_mul(ld_log_dd(x, &e), (dd){ INV_LN10_HI, INV_LN10_LO }));
}

long double log1pl(long double x)
{
	long double ax = __builtin_fabsl(x);

	if (__builtin_isnan(x))
		return x + x;

	if (!(x > -1.0L) || x == __builtin_infl()) {
		if (__builtin_isnan(x) || x == __builtin_infl())
			return x + x;
		return x == -1.0L ? math_divzero(1) : math_invalid(0.0);
	}
	if (ax < 0x1p-8L)
		return x + x * x * (-0.5L + x * (1.0L / 3 + x * (-0.25L +
			x * (0.2L + x * (-1.0L / 6 + x * (1.0L / 7 +
			x * (-0.125L + x * (1.0L / 9 + x * (-0.1L +
			x * (1.0L / 11))))))))));
	if (ax > 0x1p100L)
		return logl(x);
	return ld_join(log_of_dd(dd_add_d(ld_split(x), 1.0)));
}

/* ---- exponentials ---- */

/* exp(hi + lo) for |hi| < 11400 as a long double, errors as exp's. */
static long double ld_exp_dd(double hi, double lo, int negative)
{
	/* ln2 in two pieces, the first with 48 bits: n * piece is exact. */
	const long double l1 = 0x1.62e42fefa39ep-1L;
	const long double l2 = (long double)LN2_DD_HI - l1 + LN2_DD_LO;
	long double n = ld_rint((long double)hi * 1.4426950408889634074L), r;
	int scale;
	dd t, e;
	long double y;

	r = ((long double)hi - n * l1) - n * l2 + lo;
	t = ld_split(r);
	e = exp_core(t.hi, t.lo, &scale);
	y = ld_join(e);
	if (negative)
		y = -y;
	y = ld_scale(y, (int)n + scale);
	if (y == 0 || __builtin_isinf(y))
		errno = ERANGE;
	return y;
}

long double expl(long double x)
{
	dd t;

	if (__builtin_isnan(x) || x == __builtin_infl())
		return x + x;
	if (x == -__builtin_infl())
		return 0.0L;
	if (x > 11357.0L)
		return math_overflow(0);
	if (x < -11400.0L)
		return math_underflow(0);
	if (__builtin_fabsl(x) < 0x1p-65L)
		return 1.0L + x;
	t = ld_split(x);
	return ld_exp_dd(t.hi, t.lo, 0);
}

/* exp of x times the double-double c, x split exactly. */
static long double ld_exp_times(long double x, double c_hi, double c_lo,
				long double limit)
{
	dd t, a, b;

	if (__builtin_isnan(x) || x == __builtin_infl())
		return x + x;
	if (x == -__builtin_infl())
		return 0.0L;
	if (x > limit)
		return math_overflow(0);
	if (x < -limit * 1.01L)
		return math_underflow(0);
	t = ld_split(x);
	a = two_prod(t.hi, c_hi);
	b = two_prod(t.lo, c_hi);
	a.lo += b.hi + (b.lo + t.hi * c_lo + t.lo * c_lo);
	a = fast_two_sum(a.hi, a.lo);
	if (__builtin_fabs(a.hi) < 0x1p-66)
		return 1.0L + a.hi;
	return ld_exp_dd(a.hi, a.lo, 0);
}

long double exp2l(long double x)
{
	if (x == truncl(x) && x >= -16445 && x <= 16383)
		return ld_scale(1.0L, (int)x);
	return ld_exp_times(x, LN2_DD_HI, LN2_DD_LO, 16384.0L);
}

long double exp10l(long double x)
{
	return ld_exp_times(x, LN10_HI, LN10_LO, 4933.0L);
}

long double expm1l(long double x)
{
	long double y;
	dd t;

	if (__builtin_isnan(x) || x == __builtin_infl())
		return x + x;
	if (x < -46.0L)
		return -1.0L + 0x1p-100L;
	if (__builtin_fabsl(x) < 0x1p-4L) {
		long double q = 0;
		int k;

		if (x == 0)
			return x;
		/* x + x^2/2! + ... + x^15/15!, by Horner from the top. */
		for (k = 15; k >= 2; k--)
			q = (q + 1.0L) * x / k;
		return x + q * x;
	}
	if (x > 11357.0L)
		return math_overflow(0);
	t = ld_split(x);
	if (x > 40.0L)
		return ld_exp_dd(t.hi, t.lo, 0) - 1.0L;
	{
		/* exp as a double-double, then minus 1 without cancelling. */
		int scale;
		dd e = exp_core(t.hi, t.lo, &scale);
		double f = pow2(scale);

		e.hi *= f;
		e.lo *= f;
		(void)y;
		return ld_join(dd_add_d(e, -1.0));
	}
}

/* x^n for an integer n, 2 <= |n| <= 64, when it is exact in long double:
 * x's significant bits times |n| fit in 64, x^n is well inside the range,
 * and for n < 0 x is a power of 2. Formed by squaring, with no rounding;
 * returns 0 where it would not be exact. */
static int ld_integer_power(long double x, int n, long double *r)
{
	union ldbits u = { x };
	int e = ld_exp(x) - 16383, bits;
	unsigned m = n < 0 ? -(unsigned)n : (unsigned)n;

	if (ld_exp(x) == 0 || ld_exp(x) == 0x7fff || m < 2 || m > 64)
		return 0;
	bits = 64 - __builtin_ctzll(u.i.m);
	if (bits * (int)m > 64 || (n < 0 && bits != 1) || (e < 0 ? -e : e) * (int)m > 16000)
		return 0;
	*r = power_by_squaring(x, m);
	if (n < 0)
		*r = 1 / *r;	/* exact: x is a power of 2 */
	return 1;
}

long double powl(long double x, long double y)
{
	long double ax = __builtin_fabsl(x), yi = truncl(y);
	int odd = 0, e;
	dd l, ys, p;

	if (y == 0 || x == 1)
		return 1.0L;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (yi == y && __builtin_fabsl(y) < 0x1p64L)
		odd = fmodl(yi, 2.0L) != 0;
	if (__builtin_isinf(y)) {
		if (ax == 1)
			return 1.0L;
		return (ax < 1) == (y < 0) ? __builtin_infl() : 0.0L;
	}
	if (x == 0) {
		if (y > 0)
			return odd ? x : 0.0L;
		return math_divzero(odd && __builtin_signbit(x));
	}
	if (__builtin_isinf(x)) {
		long double r = y > 0 ? __builtin_infl() : 0.0L;

		return odd && x < 0 ? -r : r;
	}
	if (x < 0 && yi != y)
		return math_invalid(0.0);
	if (ax == 1)
		return odd ? x : 1.0L;
	if (yi == y && __builtin_fabsl(y) <= 64) {
		long double r;

		if (ld_integer_power(x, (int)y, &r))
			return r;	/* exact: no inexact raised */
	}
	l = ld_log_dd(ax, &e);
	if (__builtin_fabsl(y) > 0x1p900L || (double)(y * l.hi) > 11400.0 ||
	    (double)(y * l.hi) < -11460.0)
		return y * l.hi > 0 ? math_overflow(odd && x < 0) :
				      math_underflow(odd && x < 0);
	ys = ld_split(y);
	p = dd_mul(ys, l);
	return ld_exp_dd(p.hi, p.lo, odd && x < 0);
}

/* ---- trigonometric ---- */

/* x = n pi/2 + r for finite x: r as a double-double. */
static int ld_rem_pio2(long double x, dd *r)
{
	double y1[2], y2[2];
	int n1, n2;
	dd t = ld_split(x), s;

	if (__builtin_fabsl(x) <= 0.785L) {
		*r = t;
		return 0;
	}
	if (__builtin_fabsl(x) > 0x1p1000L)
		return -1;	/* beyond the double reduction: see ld_sin_cos */
	n1 = rem_pio2(t.hi, y1);
	n2 = rem_pio2(t.lo, y2);
	s = dd_add((dd){ y1[0], y1[1] }, (dd){ y2[0], y2[1] });
	n1 += n2;
	if (s.hi > 0.785398) {
		s = dd_add(s, (dd){ -PIO2_HI, -PIO2_LO });
		n1++;
	} else if (s.hi < -0.785398) {
		s = dd_add(s, (dd){ PIO2_HI, PIO2_LO });
		n1--;
	}
	*r = s;
	return n1;
}

/* sin and cos of r (|r| <= pi/4 + a little) in long double: r rounded to
 * long double, its tail as a first-order correction, Taylor series. */
static long double ld_sin_kernel(dd r)
{
	long double x = ld_join(r), t = (r.hi - x) + r.lo, x2 = x * x;

	return x + (x * x2 * (-1.0L / 6 + x2 * (1.0L / 120 + x2 * (-1.0L / 5040 +
		x2 * (1.0L / 362880 + x2 * (-1.0L / 39916800 +
		x2 * (1.0L / 6227020800 + x2 * (-1.0L / 1307674368000 +
		x2 * (1.0L / 355687428096000 +
		x2 * (-1.0L / 121645100408832000 +
		x2 * (1.0L / 51090942171709440000.0L)))))))))) +
		t * (1.0L - 0.5L * x2));
}

static long double ld_cos_kernel(dd r)
{
	long double x = ld_join(r), t = (r.hi - x) + r.lo, x2 = x * x;
	long double h = 0.5L * x2, w = 1.0L - h;

	/* 1 - h rounded, and what the rounding lost, exactly. */
	return w + (((1.0L - w) - h) + x2 * x2 * (1.0L / 24 +
		x2 * (-1.0L / 720 + x2 * (1.0L / 40320 +
		x2 * (-1.0L / 3628800 + x2 * (1.0L / 479001600 +
		x2 * (-1.0L / 87178291200 + x2 * (1.0L / 20922789888000 +
		x2 * (-1.0L / 6402373705728000 +
		x2 * (1.0L / 2432902008176640000 +
		x2 * (-1.0L / 1124000727777607680000.0L)))))))))) -
		t * x);
}

static long double ld_sin_cos(long double x, int cosine)
{
	dd r;
	int n;
	long double v87;

	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(0.0);
	n = ld_rem_pio2(x, &r);
	if (n < 0 && __builtin_fabsl(x) > 0x1p1000L) {
		/* Beyond 2^1000 (rem_pio2 reads 2/pi for doubles only): the
		 * x87's instruction after fmodl by its 64-bit 2 pi, which is
		 * not accurate. */
		if (cosine)
			__asm__("fcos" : "=t"(v87) : "0"(fmodl(x, 0x1.921fb54442d1846ap+2L)));
		else
			__asm__("fsin" : "=t"(v87) : "0"(fmodl(x, 0x1.921fb54442d1846ap+2L)));
		return v87;
	}
	n += cosine;
	v87 = n & 1 ? ld_cos_kernel(r) : ld_sin_kernel(r);
	return n & 2 ? -v87 : v87;
}

long double sinl(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_fabsl(x) < 0x1p-33L)
		return x;
	return ld_sin_cos(x, 0);
}

long double cosl(long double x) { return ld_sin_cos(x, 1); }

void sincosl(long double x, long double *s, long double *c)
{
	*s = sinl(x);
	*c = cosl(x);
}

long double tanl(long double x)
{
	dd r;
	int n;

	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : math_invalid(0.0);
	if (__builtin_fabsl(x) < 0x1p-33L)
		return x;
	if (__builtin_fabsl(x) > 0x1p1000L)
		return ld_sin_cos(x, 0) / ld_sin_cos(x, 1);
	n = ld_rem_pio2(x, &r);
	if (n & 1)
		return -ld_cos_kernel(r) / ld_sin_kernel(r);
	return ld_sin_kernel(r) / ld_cos_kernel(r);
}

long double atan2l(long double y, long double x)
{
	long double r;

	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	/* The x87's fpatan: atan(st1/st0) in the right quadrant, with the
	 * signed zeros and infinities of C99 F.9.1.4. */
	__asm__("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

long double atanl(long double x)
{
	dd r;

	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_fabsl(x) < 0x1p-33L || __builtin_fabsl(x) > 0x1p100L)
		return atan2l(x, 1.0L);
	r = atan_dd(ld_split(__builtin_fabsl(x)));
	return __builtin_copysignl(ld_join(r), x);
}

/* sqrt(1 - x^2) for |x| < 1 as a double-double. */
static dd ld_sqrt_one_minus_square(long double ax)
{
	dd a = dd_add_d((dd){ -ld_split(ax).hi, -ld_split(ax).lo }, 1.0);
	dd b = dd_add_d(ld_split(ax), 1.0);

	return dd_sqrt(dd_mul(a, b));
}

long double asinl(long double x)
{
	long double ax = __builtin_fabsl(x);
	dd r;

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax <= 1.0L))
		return __builtin_isnan(x) ? x + x : math_invalid(0.0);
	if (ax < 0x1p-33L)
		return x;
	if (ax == 1.0L)
		return __builtin_copysignl(M_PI_2l, x);
	r = atan_dd(dd_div(ld_split(ax), ld_sqrt_one_minus_square(ax)));
	return __builtin_copysignl(ld_join(r), x);
}

long double acosl(long double x)
{
	long double ax = __builtin_fabsl(x);
	dd r;

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax <= 1.0L))
		return __builtin_isnan(x) ? x + x : math_invalid(0.0);
	if (x == 1.0L)
		return 0.0L;
	if (x == -1.0L)
		return M_PIl;
	if (ax < 0x1p-70L)
		return M_PI_2l - x;
	r = atan_dd(dd_div(ld_sqrt_one_minus_square(ax), ld_split(ax)));
	if (x < 0)
		r = dd_add((dd){ PI_HI, PI_LO }, (dd){ -r.hi, -r.lo });
	return ld_join(r);
}

/* ---- hyperbolic and the rest, from the functions above ---- */

long double sinhl(long double x)
{
	long double ax = __builtin_fabsl(x), e;

	if (!__builtin_isfinite(x) || ax < 0x1p-33L)
		return x + x * 0x1p-100L * (x != 0);
	if (ax < 0.5L)
		return __builtin_copysignl(0.5L * (expm1l(ax) - expm1l(-ax)), x);
	if (ax > 11357.0L)
		return __builtin_copysignl(ld_scale(expl(ax - 0.693147180559945309417L), 0), x);
	e = expl(ax);
	return __builtin_copysignl(0.5L * (e - 1.0L / e), x);
}

long double coshl(long double x)
{
	long double ax = __builtin_fabsl(x), e;

	if (!__builtin_isfinite(x))
		return x * x;
	if (ax > 11357.0L)
		return expl(ax - 0.693147180559945309417L);
	e = expl(ax);
	return 0.5L * (e + 1.0L / e);
}

long double tanhl(long double x)
{
	long double ax = __builtin_fabsl(x), t;

	if (__builtin_isnan(x) || ax < 0x1p-33L)
		return x + x * 0x1p-100L * (x != 0);
	if (ax > 23.0L)
		return __builtin_copysignl(1.0L, x);
	t = expm1l(2 * ax);
	return __builtin_copysignl(t / (t + 2), x);
}

long double asinhl(long double x)
{
	long double ax = __builtin_fabsl(x), r;

	if (!__builtin_isfinite(x) || ax < 0x1p-33L)
		return x + x;
	if (ax > 0x1p40L)
		r = logl(ax) + M_LN2l;
	else
		r = log1pl(ax + ax * ax / (1.0L + sqrtl(1.0L + ax * ax)));
	return __builtin_copysignl(r, x);
}

long double acoshl(long double x)
{
	long double t;

	if (__builtin_isnan(x))
		return x + x;

	if (!(x >= 1.0L))
		return __builtin_isnan(x) ? x + x : math_invalid(0.0);
	if (x > 0x1p40L)
		return __builtin_isinf(x) ? x : logl(x) + M_LN2l;
	t = x - 1.0L;
	return log1pl(t + sqrtl(2 * t + t * t));
}

long double atanhl(long double x)
{
	long double ax = __builtin_fabsl(x);

	if (__builtin_isnan(x))
		return x + x;

	if (!(ax < 1.0L)) {
		if (__builtin_isnan(x))
			return x + x;
		return ax == 1.0L ? math_divzero(x < 0) : math_invalid(0.0);
	}
	if (ax < 0x1p-33L)
		return x;
	return __builtin_copysignl(0.5L * log1pl(2 * ax / (1.0L - ax)), x);
}

long double cbrtl(long double x)
{
	long double y, ax = __builtin_fabsl(x);
	int e;

	if (!__builtin_isfinite(x) || x == 0)
		return x + x;
	/* A double estimate of the scaled value, one Newton step. */
	ax = frexpl(ax, &e);
	while (e % 3) {
		ax *= 2;
		e--;
	}
	y = cbrt((double)ax);
	y = y - (y * y * y - ax) / (3 * y * y);
	return __builtin_copysignl(ld_scale(y, e / 3), x);
}

long double hypotl(long double x, long double y)
{
	long double ax = __builtin_fabsl(x), ay = __builtin_fabsl(y), t;
	int e;

	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_infl();
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0)
		return ax;
	frexpl(ax, &e);
	ax = ld_scale(ax, -e);
	ay = ld_scale(ay, -e);
	if (ay < 0x1p-70L)
		return ld_scale(ax + ay, e);
	{
		/* The squares and their sum as double-doubles. */
		dd a = ld_split(ax), b = ld_split(ay);

		t = ld_scale(ld_join(dd_sqrt(dd_add(dd_mul(a, a),
						    dd_mul(b, b)))), e);
	}
	if (__builtin_isinf(t))
		errno = ERANGE;
	return t;
}

long double erfl(long double x) { return erf((double)x); }
long double erfcl(long double x) { return erfc((double)x); }
long double tgammal(long double x) { return tgamma((double)x); }
long double lgammal_r(long double x, int *s) { return lgamma_r((double)x, s); }
long double lgammal(long double x) { return lgamma_r((double)x, &signgam); }
long double gammal(long double x) { return lgamma_r((double)x, &signgam); }
#endif
