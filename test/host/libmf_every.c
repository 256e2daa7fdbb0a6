/*
 * Every float input of a float function (or those in [LO, HI) as bit
 * patterns): bareheap's result (bh_*f) against (float) of bareheap's
 * double function, and glibc's float function; wherever any of the three
 * differ, or the double lies within 4 units of a float midpoint (where
 * its rounding to float could be a second one), MPFR decides. Prints the
 * count of incorrectly rounded results and the max error of both
 * libraries, and the inputs where bareheap's errno differs from glibc's;
 * exits 1 if either count is not 0.
 *   libmf_every NAME [LO HI]       (scripts/host-libm every NAME)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <mpfr.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int bh_errno;	/* the library's errno, renamed */

#define D(n) float bh_##n##f(float); double bh_##n(double);
D(exp) D(exp2) D(exp10) D(expm1) D(log) D(log2) D(log10) D(log1p)
D(sin) D(cos) D(tan) D(asin) D(acos) D(atan) D(sinh) D(cosh) D(tanh)
D(asinh) D(acosh) D(atanh) D(cbrt) D(erf) D(erfc) D(tgamma) D(lgamma)

/* lgamma's MPFR function takes the sign as well. */
static int mpfr_lgamma_value(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd)
{
	int sign;

	return mpfr_lgamma(r, &sign, x, rnd);
}

struct fn {
	const char *name;
	float (*bh)(float);
	double (*bh_double)(double);
	float (*gl)(float);
	int (*mp)(mpfr_t, const mpfr_t, mpfr_rnd_t);
};

#define E(n) { #n "f", bh_##n##f, bh_##n, n##f, mpfr_##n },
static const struct fn fns[] = {
	E(exp) E(exp2) E(exp10) E(expm1) E(log) E(log2) E(log10) E(log1p)
	E(sin) E(cos) E(tan) E(asin) E(acos) E(atan) E(sinh) E(cosh) E(tanh)
	E(asinh) E(acosh) E(atanh) E(cbrt) E(erf) E(erfc)
	{ "tgammaf", bh_tgammaf, bh_tgamma, tgammaf, mpfr_gamma },
	{ "lgammaf", bh_lgammaf, bh_lgamma, lgammaf, mpfr_lgamma_value },
};

static uint32_t bits(float f)
{
	uint32_t u;

	memcpy(&u, &f, 4);
	return u;
}

static int same(float a, float b)
{
	return bits(a) == bits(b) || (isnan(a) && isnan(b));
}

/* The correctly rounded value of f at x into *cr; got's error in ulps. */
static double error_at(const struct fn *f, float x, float got, float *cr)
{
	mpfr_t mx, r, r24, d;
	double e;
	long ex;
	int inexact;

	mpfr_inits2(200, mx, r, d, (mpfr_ptr)0);
	mpfr_init2(r24, 24);
	mpfr_set_flt(mx, x, MPFR_RNDN);
	f->mp(r, mx, MPFR_RNDN);
	mpfr_set_emin(-148);
	mpfr_set_emax(128);
	inexact = mpfr_set(r24, r, MPFR_RNDN);
	mpfr_subnormalize(r24, inexact, MPFR_RNDN);
	*cr = mpfr_get_flt(r24, MPFR_RNDN);
	mpfr_set_emin(mpfr_get_emin_min());
	mpfr_set_emax(mpfr_get_emax_max());
	if (isnan(got) || isinf(got) || isinf(*cr) || isnan(*cr)) {
		e = same(got, *cr) ? 0 : 1e9;
	} else {
		mpfr_sub_d(d, r, got, MPFR_RNDN);
		mpfr_abs(d, d, MPFR_RNDN);
		ex = mpfr_zero_p(r) ? -149 : mpfr_get_exp(r) - 24;
		if (ex < -149)
			ex = -149;
		mpfr_mul_2si(d, d, -ex, MPFR_RNDN);
		e = mpfr_get_d(d, MPFR_RNDN);
	}
	mpfr_clears(mx, r, d, r24, (mpfr_ptr)0);
	return e;
}

static int run(const struct fn *f, uint64_t lo, uint64_t hi)
{
	long bad_bh = 0, bad_gl = 0, bad_errno = 0, checked = 0;
	double max_bh = 0, max_gl = 0, worst = 0;
	uint64_t u;

	for (u = lo; u < hi; u++) {
		uint32_t v = (uint32_t)u, low;
		float x, b, g, ref, cr;
		double d, eb, eg;
		uint64_t db;

		memcpy(&x, &v, 4);
		if (isnan(x))
			continue;
		d = f->bh_double(x);
		bh_errno = 0;
		b = f->bh(x);
		errno = 0;
		g = f->gl(x);
		if (bh_errno != errno && bad_errno++ < 5)
			printf("      %s(%a) = %a errno %d, glibc %a errno %d\n",
			       f->name, x, b, bh_errno, g, errno);
		ref = (float)d;
		memcpy(&db, &d, 8);
		low = ((uint32_t)db & 0x1fffffff) - 0x10000000 + 4;
		if (same(b, ref) && same(g, ref) && (low >= 8 || !isnormal(ref)))
			continue;
		checked++;
		eb = error_at(f, x, b, &cr);
		if (!same(b, cr) && bad_bh++ < 5)
			printf("      %s(%a) = %a, correctly rounded %a\n", f->name, x, b, cr);
		eg = error_at(f, x, g, &cr);
		bad_gl += !same(g, cr);
		if (eb > max_bh) {
			max_bh = eb;
			worst = x;
		}
		if (eg > max_gl)
			max_gl = eg;
	}
	printf("%s  %-16s %s over [%#llx, %#llx): %ld not correctly rounded, max %.3f ulp (at %a); glibc %ld, max %.3f (%ld checked with MPFR); errno unlike glibc's at %ld\n",
	       bad_bh || bad_errno ? "FAIL" : "PASS", "host/libmf", f->name,
	       (unsigned long long)lo, (unsigned long long)hi, bad_bh, max_bh,
	       worst, bad_gl, max_gl, checked, bad_errno);
	return !bad_bh && !bad_errno;
}

int main(int argc, char **argv)
{
	uint64_t lo = 0, hi = 1ULL << 32;
	size_t k;

	if (argc != 2 && argc != 4) {
		fprintf(stderr, "usage: libmf_every NAME [LO HI]\n");
		return 2;
	}
	if (argc == 4) {
		lo = strtoull(argv[2], 0, 0);
		hi = strtoull(argv[3], 0, 0);
		if (lo >= hi || hi > 1ULL << 32) {
			fprintf(stderr, "libmf_every: LO HI must be bit patterns, LO < HI <= 0x100000000\n");
			return 2;
		}
	}
	for (k = 0; k < sizeof(fns) / sizeof(fns[0]); k++)
		if (!strcmp(fns[k].name, argv[1]))
			return run(&fns[k], lo, hi) ? 0 : 1;
	fprintf(stderr, "libmf_every: no float function %s here\n", argv[1]);
	return 2;
}
