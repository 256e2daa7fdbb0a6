/*
 * Every float and long double function of <math.h> links in a program
 * built as any user's is (test/Makefile: no internal-name renaming), and
 * each agrees with its double twin. math.h declares the variants through
 * a macro (name##f, name##l), so the build's list of public names must see
 * the headers with their macros expanded; when it did not, sinf and sinl
 * were renamed __bh_sinf and __bh_sinl inside the archive and no program
 * could link them, while the other tests, renamed the same way, passed.
 * Built against glibc 2.36 this test fails once, on purpose: its tgammaf
 * is 2 to 4 ulp off (tgammaf(3) is 0x1.000002p+1).
 */
#include <math.h>
#include <float.h>
#include <stdio.h>
#include "check.h"

/* Within one ulp of the float (or double) nearest the double result. */
static int near_float(float got, double want)
{
	float w = (float)want;
	if (isnan(w))
		return isnan(got);
	if (got == w)
		return 1;
	return nextafterf(w, got) == got;
}

static int near_double(long double got, double want)
{
	double g = (double)got;
	if (isnan(want))
		return isnan(g);
	if (g == want)
		return 1;
	return nextafter(want, g) == g;
}

static int failed(const char *name, double x, double want)
{
	printf("FAIL %s(%a): the double result is %a\n", name, x, want);
	return 0;
}

#define ONE(name, x) do {						\
	volatile double x_ = (x);					\
	double d_ = name(x_);						\
	CHECK(near_float(name##f((float)x_), name((float)x_)) ||	\
	      failed(#name "f", x_, d_));				\
	CHECK(near_double(name##l(x_), d_) || failed(#name "l", x_, d_)); \
} while (0)

#define TWO(name, x, y) do {						\
	volatile double x_ = (x), y_ = (y);				\
	double d_ = name(x_, y_);					\
	CHECK(near_float(name##f((float)x_, (float)y_),			\
			 name((float)x_, (float)y_)) ||			\
	      failed(#name "f", x_, d_));				\
	CHECK(near_double(name##l(x_, y_), d_) || failed(#name "l", x_, d_)); \
} while (0)

int main(void)
{
	ONE(acos, 0.25); ONE(asin, 0.25); ONE(atan, 0.25);
	ONE(cos, 0.75); ONE(sin, 0.75); ONE(tan, 0.75);
	ONE(acosh, 1.5); ONE(asinh, 0.5); ONE(atanh, 0.5);
	ONE(cosh, 0.5); ONE(sinh, 0.5); ONE(tanh, 0.5);
	ONE(exp, 1.25); ONE(exp2, 1.25); ONE(expm1, 0.125);
	ONE(log, 3.0); ONE(log10, 3.0); ONE(log1p, 0.125); ONE(log2, 3.0);
	ONE(logb, 40.0); ONE(cbrt, 9.0); ONE(fabs, -2.5); ONE(sqrt, 2.0);
	ONE(erf, 0.5); ONE(erfc, 0.5); ONE(lgamma, 3.5); ONE(tgamma, 3.5);
	ONE(ceil, 2.5); ONE(floor, -2.5); ONE(nearbyint, 2.5);
	ONE(rint, 3.5); ONE(round, 2.5); ONE(trunc, -2.5);
	TWO(atan2, 1.0, 2.0); TWO(copysign, 3.0, -1.0); TWO(fdim, 5.0, 2.0);
	TWO(fmax, 1.0, 2.0); TWO(fmin, 1.0, 2.0); TWO(fmod, 7.5, 2.0);
	TWO(hypot, 3.0, 4.0); TWO(pow, 1.5, 2.5); TWO(remainder, 7.5, 2.0);
	TWO(nextafter, 1.0, 2.0);

	/* The functions whose shapes the two macros above do not fit. */
	volatile float xf = 48.0f;
	volatile long double xl = 48.0L;
	int e;
	CHECK(frexpf(xf, &e) == 0.75f && e == 6);
	CHECK(frexpl(xl, &e) == 0.75L && e == 6);
	CHECK(ldexpf(0.75f, 6) == xf && ldexpl(0.75L, 6) == xl);
	CHECK(scalbnf(0.75f, 6) == xf && scalbnl(0.75L, 6) == xl);
	CHECK(scalblnf(0.75f, 6L) == xf && scalblnl(0.75L, 6L) == xl);
	CHECK(ilogbf(xf) == 5 && ilogbl(xl) == 5);
	float ipf;
	long double ipl;
	CHECK(modff(2.5f, &ipf) == 0.5f && ipf == 2.0f);
	CHECK(modfl(2.5L, &ipl) == 0.5L && ipl == 2.0L);
	CHECK(lrintf(2.5f) == 2 && lrintl(3.5L) == 4);
	CHECK(llrintf(2.5f) == 2 && llrintl(3.5L) == 4);
	CHECK(lroundf(2.5f) == 3 && lroundl(-2.5L) == -3);
	CHECK(llroundf(2.5f) == 3 && llroundl(-2.5L) == -3);
	int q;
	CHECK(remquof(7.5f, 2.0f, &q) == -0.5f && (q & 7) == 4);
	CHECK(remquol(7.5L, 2.0L, &q) == -0.5L && (q & 7) == 4);
	CHECK(fmaf(2.0f, 3.0f, 1.0f) == 7.0f && fmal(2.0L, 3.0L, 1.0L) == 7.0L);
	CHECK(isnan(nanf("")) && isnan(nanl("")));
	CHECK(nexttowardf(1.0f, 2.0L) == 1.0f + FLT_EPSILON);
	CHECK(nexttowardl(1.0L, 2.0L) == 1.0L + LDBL_EPSILON);
	return check_done();
}
