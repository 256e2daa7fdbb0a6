/*
 * The accuracy of bareheap's libm (built for the host, its names bh_*,
 * scripts/host-libm): every function against MPFR's value at 256 bits
 * (the oracle), and glibc's libm on the same inputs for comparison.
 * For each function: random inputs over its interesting ranges, plus edge
 * inputs on which bareheap must agree with glibc exactly (result, errno;
 * NaNs as one value). Prints one line a function in test/run's format:
 *   PASS  host/libm        exp (max 0.502 ulp, 99.99% correctly rounded over 200000; glibc max 0.507)
 * and exits 1 if any function exceeds its bound or differs on an edge.
 *   libm_accuracy [-n INPUTS] [-d] [-s] [NAME...]
 * INPUTS a double function (100000 by default), a quarter of that for the
 * float and long double ones unless -s (the same number); -d leaves the
 * float functions out.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mpfr_ref.h"

int bh_errno;	/* the library's errno, renamed */

/* Weak: a function not written yet is reported as a gap (GAP: not a test
 * result, so it neither passes nor hides a failure), not a link error. */
#define W __attribute__((weak))
#define D1(n) W double bh_##n(double); W float bh_##n##f(float);
#define D2(n) W double bh_##n(double, double); W float bh_##n##f(float, float);
D1(exp) D1(exp2) D1(exp10) D1(expm1) D1(log) D1(log2) D1(log10) D1(log1p)
D1(sin) D1(cos) D1(tan) D1(asin) D1(acos) D1(atan) D1(sinh) D1(cosh)
D1(tanh) D1(asinh) D1(acosh) D1(atanh) D1(erf) D1(erfc) D1(tgamma)
D1(lgamma) D1(cbrt) D1(sqrt) D1(floor) D1(ceil) D1(trunc) D1(round)
D1(rint) D1(logb)
D2(pow) D2(atan2) D2(hypot) D2(fmod) D2(remainder) D2(fdim)
W double bh_fma(double, double, double);
W float bh_fmaf(float, float, float);

struct fn {
	const char *name;
	int args;			/* 1 or 2 */
	double (*bh1)(double), (*gl1)(double);
	double (*bh2)(double, double), (*gl2)(double, double);
	float (*bh1f)(float), (*gl1f)(float);
	float (*bh2f)(float, float), (*gl2f)(float, float);
	mpfr1 mp1;
	mpfr2 mp2;
	double bound, boundf;		/* max ulp allowed, double and float */
	struct range x[3], y;
};

#define F1(n, mp, b, bf, ...) { #n, 1, bh_##n, n, 0, 0, bh_##n##f, n##f, \
	0, 0, mp, 0, b, bf, { __VA_ARGS__ }, { 0, 0, 0 } }
#define Y(a, b, l) { a, b, l }
#define F2(n, mp, b, bf, yr, ...) { #n, 2, 0, 0, bh_##n, n, 0, 0, \
	bh_##n##f, n##f, 0, mp, b, bf, { __VA_ARGS__ }, yr }

static const struct fn fns[] = {
	F1(exp, mpfr_exp, 0.52, 0.5, { -745, 710, 0 }, { -1, 1, 0 },
	   { 1e-20, 1, 2 }),
	F1(exp2, mpfr_exp2, 0.52, 0.5, { -1075, 1024, 0 }, { -1, 1, 0 },
	   { 1e-20, 1, 2 }),
	F1(exp10, mpfr_exp10, 0.52, 0.5, { -323, 308.3, 0 }, { -1, 1, 0 },
	   { 1e-20, 1, 2 }),
	F1(expm1, mpfr_expm1, 0.52, 0.5, { -40, 710, 0 }, { -1, 1, 0 },
	   { 1e-300, 1, 2 }),
	F1(log, mpfr_log, 0.52, 0.5, { 1e-307, 1e307, 1 }, { 0.5, 2, 0 },
	   { 4.9e-324, 1e-300, 1 }),
	F1(log2, mpfr_log2, 0.52, 0.5, { 1e-307, 1e307, 1 }, { 0.5, 2, 0 },
	   { 4.9e-324, 1e-300, 1 }),
	F1(log10, mpfr_log10, 0.52, 0.5, { 1e-307, 1e307, 1 }, { 0.5, 2, 0 },
	   { 4.9e-324, 1e-300, 1 }),
	F1(log1p, mpfr_log1p, 0.52, 0.5, { -1, 1, 0 }, { 1e-300, 1e300, 1 },
	   { 1e-20, 1e-3, 2 }),
	F1(sin, mpfr_sin, 0.53, 0.5, { -10, 10, 0 }, { 1e-10, 1e6, 2 },
	   { 1, 1e308, 2 }),
	F1(cos, mpfr_cos, 0.53, 0.5, { -10, 10, 0 }, { 1e-10, 1e6, 2 },
	   { 1, 1e308, 2 }),
	F1(tan, mpfr_tan, 0.53, 0.5, { -10, 10, 0 }, { 1e-10, 1e6, 2 },
	   { 1, 1e308, 2 }),
	F1(asin, mpfr_asin, 0.52, 0.5, { -1, 1, 0 }, { 1e-300, 1, 2 },
	   { 0.9, 1, 2 }),
	F1(acos, mpfr_acos, 0.52, 0.5, { -1, 1, 0 }, { 1e-300, 1, 2 },
	   { 0.9, 1, 2 }),
	F1(atan, mpfr_atan, 0.52, 0.5, { -4, 4, 0 }, { 1e-300, 1e300, 2 },
	   { 0.01, 100, 2 }),
	F1(sinh, mpfr_sinh, 1.0, 0.5, { -711, 711, 0 }, { -2, 2, 0 },
	   { 1e-300, 1, 2 }),
	F1(cosh, mpfr_cosh, 1.0, 0.5, { -711, 711, 0 }, { -2, 2, 0 },
	   { 1e-300, 1, 2 }),
	F1(tanh, mpfr_tanh, 1.0, 0.5, { -20, 20, 0 }, { -1, 1, 0 },
	   { 1e-300, 1, 2 }),
	F1(asinh, mpfr_asinh, 1.0, 0.5, { -10, 10, 0 }, { 1e-300, 1e300, 2 },
	   { -1, 1, 0 }),
	F1(acosh, mpfr_acosh, 1.0, 0.5, { 1, 10, 0 }, { 1, 1e300, 1 },
	   { 1, 1.01, 0 }),
	F1(atanh, mpfr_atanh, 1.0, 0.5, { -1, 1, 0 }, { 1e-300, 1, 2 },
	   { 0.99, 1, 2 }),
	F1(erf, mpfr_erf, 1.0, 0.5, { -6, 6, 0 }, { 1e-300, 1, 2 },
	   { -1, 1, 0 }),
	F1(erfc, mpfr_erfc, 2.0, 0.5, { -6, 28, 0 }, { 1e-300, 1, 2 },
	   { -1, 3, 0 }),
	F1(tgamma, mpfr_gamma, 3.0, 0.5, { -171, 172, 0 }, { 1e-300, 1e-3, 2 },
	   { -5, 5, 0 }),
	F1(lgamma, mp_lgamma, 3.0, 0.5, { 0, 100, 0 }, { 1e-300, 1e300, 1 },
	   { 0.5, 3, 0 }),
	F1(cbrt, mpfr_cbrt, 0.52, 0.5, { 1e-320, 1e300, 2 }, { -10, 10, 0 },
	   { -1e-300, 1e-300, 0 }),
	F1(sqrt, mpfr_sqrt, 0, 0, { 0, 1e308, 1 }, { 0, 4, 0 },
	   { 4.9e-324, 1e-300, 1 }),
	F1(floor, mp_floor, 0, 0, { -1e20, 1e20, 2 }, { -10, 10, 0 },
	   { 0, 1, 0 }),
	F1(ceil, mp_ceil, 0, 0, { -1e20, 1e20, 2 }, { -10, 10, 0 },
	   { 0, 1, 0 }),
	F1(trunc, mp_trunc, 0, 0, { -1e20, 1e20, 2 }, { -10, 10, 0 },
	   { 0, 1, 0 }),
	F1(round, mp_round, 0, 0, { -1e20, 1e20, 2 }, { -10, 10, 0 },
	   { 0, 1, 0 }),
	F1(rint, mpfr_rint, 0, 0, { -1e20, 1e20, 2 }, { -10, 10, 0 },
	   { 0, 1, 0 }),
	F2(pow, mpfr_pow, 0.52, 0.5, Y(-60, 60, 0), { 1e-3, 1e3, 1 },
	   { 0.5, 2, 0 }, { 1e-300, 1e300, 1 }),
	F2(atan2, mpfr_atan2, 0.52, 0.5, Y(1e-300, 1e300, 2),
	   { 1e-300, 1e300, 2 }, { -4, 4, 0 }, { -1, 1, 0 }),
	F2(hypot, mpfr_hypot, 0.52, 0.5, Y(1e-300, 1e300, 2),
	   { 1e-300, 1e300, 2 }, { -4, 4, 0 }, { 1e-320, 1e-300, 2 }),
	F2(fmod, mpfr_fmod, 0, 0, Y(1e-300, 1e300, 2),
	   { 1e-300, 1e300, 2 }, { -4, 4, 0 }, { 1e-320, 1e-300, 2 }),
	F2(remainder, mpfr_remainder, 0, 0, Y(1e-300, 1e300, 2),
	   { 1e-300, 1e300, 2 }, { -4, 4, 0 }, { 1e-320, 1e-300, 2 }),
};

static double draw(const struct range *r)
{
	double v;

	if (!r->log)
		return r->a + (r->b - r->a) * uniform01();
	v = exp(log(r->a) + (log(r->b) - log(r->a)) * uniform01());
	if (r->log == 2 && (next() & 1))
		v = -v;
	return v;
}

/* The error of got in ulps of the correctly rounded value of exact;
 * 0 for equal specials, 1e9 for a wrong special. */
static double ulp_error(double got, mpfr_t exact, int is_float)
{
	double want = is_float ? (double)mpfr_get_flt(exact, MPFR_RNDN)
			       : mpfr_get_d(exact, MPFR_RNDN);
	mpfr_t d;
	long e, lowest = is_float ? -149 : -1074, digits = is_float ? 24 : 53;
	double r;

	if (isnan(got) || isnan(want))
		return isnan(got) && isnan(want) ? 0 : 1e9;
	if (isinf(want) || isinf(got))
		return got == want ? 0 : 1e9;
	if (got == want)
		return mpfr_zero_p(exact) || got == 0 ? 0 :
			fabs(mpfr_get_d(exact, MPFR_RNDN) - got) >= 0 ? -1 : 0;
	mpfr_init2(d, 300);
	mpfr_sub_d(d, exact, got, MPFR_RNDN);
	mpfr_abs(d, d, MPFR_RNDN);
	e = mpfr_zero_p(exact) ? lowest : mpfr_get_exp(exact) - digits;
	if (e < lowest)
		e = lowest;
	mpfr_mul_2si(d, d, -e, MPFR_RNDN);
	r = mpfr_get_d(d, MPFR_RNDN);
	mpfr_clear(d);
	return r;
}

/* The error of a correctly rounded result (got == want): the distance
 * from the exact value, at most 0.5. */
static double cr_error(double got, mpfr_t exact, int is_float)
{
	mpfr_t d;
	long e, lowest = is_float ? -149 : -1074, digits = is_float ? 24 : 53;
	double r;

	if (isinf(got) || mpfr_zero_p(exact))
		return 0;
	mpfr_init2(d, 300);
	mpfr_sub_d(d, exact, got, MPFR_RNDN);
	mpfr_abs(d, d, MPFR_RNDN);
	e = mpfr_get_exp(exact) - digits;
	if (e < lowest)
		e = lowest;
	mpfr_mul_2si(d, d, -e, MPFR_RNDN);
	r = mpfr_get_d(d, MPFR_RNDN);
	mpfr_clear(d);
	return r;
}

static double error_of(double got, mpfr_t exact, int is_float)
{
	double e = ulp_error(got, exact, is_float);

	return e < 0 ? cr_error(got, exact, is_float) : e;
}

static void oracle(const struct fn *f, double x, double y, mpfr_t r)
{
	mpfr_t mx, my;

	mpfr_init2(mx, 64);
	mpfr_init2(my, 64);
	mpfr_set_d(mx, x, MPFR_RNDN);
	mpfr_set_d(my, y, MPFR_RNDN);
	if (f->args == 1)
		f->mp1(r, mx, MPFR_RNDN);
	else
		f->mp2(r, mx, my, MPFR_RNDN);
	mpfr_clear(mx);
	mpfr_clear(my);
}

static const double edges[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, 0.1,
	1e-310, -1e-310, 4.9e-324, DBL_MIN, -DBL_MIN, DBL_MAX, -DBL_MAX,
	INFINITY, -INFINITY, NAN, 1e300, -1e300, 1e22, 709.78, -745.2, 1024,
	-1075, 0.9999999999999999, 1.0000000000000002, 3.141592653589793,
	1.5707963267948966, 100.5, -100.5, -171.5, 171.7, 1e-20, -1e-20,
};

/* Inputs a function once misrounded (checked against MPFR): each must
 * come out correctly rounded, whatever the function's bound. */
static const struct hard_input {
	const char *name;
	double x, y;
} hard_inputs[] = {
	/* log_dd's 2^-77 near 1 times y = 2^19: 0.49998 ulp from the midpoint */
	{ "pow", 0x1.ff7f0fc9b649ep-1, 0x1.196af5c0948e4p+19 },
};

/* How many of f's hard inputs come out misrounded; the first into what. */
static int hard_misrounded(const struct fn *f, char *what)
{
	size_t i, n = sizeof(hard_inputs) / sizeof(hard_inputs[0]);
	int bad = 0;
	mpfr_t exact;

	mpfr_init2(exact, 256);
	for (i = 0; i < n; i++) {
		const struct hard_input *h = &hard_inputs[i];
		double got;

		if (strcmp(h->name, f->name))
			continue;
		oracle(f, h->x, h->y, exact);
		got = f->args == 1 ? f->bh1(h->x) : f->bh2(h->x, h->y);
		if (error_of(got, exact, 0) > 0.5 && !bad++)
			sprintf(what, "%s(%a%s%a) = %a, misrounded", f->name, h->x,
				f->args == 2 ? ", " : "", f->args == 2 ? h->y : 0.0, got);
	}
	mpfr_clear(exact);
	return bad;
}

static int edge_mismatches(const struct fn *f, int is_float, char *what)
{
	size_t i, j, n = sizeof(edges) / sizeof(edges[0]);
	int bad = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < (f->args == 2 ? n : 1); j++) {
			double x = edges[i], y = edges[j], a, b;
			int ea, eb;

			errno = 0;
			bh_errno = 0;
			if (is_float) {
				a = f->args == 1 ? f->bh1f((float)x) :
				    f->bh2f((float)x, (float)y);
				b = f->args == 1 ? f->gl1f((float)x) :
				    f->gl2f((float)x, (float)y);
			} else {
				a = f->args == 1 ? f->bh1(x) : f->bh2(x, y);
				b = f->args == 1 ? f->gl1(x) : f->gl2(x, y);
			}
			ea = bh_errno;
			eb = errno;
			if ((isnan(a) && isnan(b)) ||
			    (memcmp(&a, &b, sizeof(a)) == 0 && ea == eb))
				continue;
			if (!(isnan(a) && isnan(b)) && memcmp(&a, &b, sizeof(a)) &&
			    !isnan(a) && !isnan(b) && a == b && a != 0)
				continue;
			/* Off in the last bit where glibc is not exact: the
			 * random inputs judge accuracy; edges judge specials. */
			if (isfinite(a) && isfinite(b) && a != 0 && b != 0 &&
			    ea == eb)
				continue;
			if (!bad++)
				sprintf(what, "%s%s(%a%s%a) = %a errno %d, glibc %a errno %d",
					f->name, is_float ? "f" : "", x,
					f->args == 2 ? ", " : "", f->args == 2 ? y : 0.0,
					a, ea, b, eb);
		}
	}
	return bad;
}

static int run(const struct fn *f, int is_float, long inputs)
{
	double max_bh = 0, max_gl = 0, worst_x = 0, worst_y = 0;
	long i, cr = 0;
	mpfr_t exact;
	char what[512] = "";
	char hard_what[256] = "";
	int edges_bad, hard_bad, ok;
	double bound = is_float ? f->boundf : f->bound;

	if (is_float ? !(f->args == 1 ? (void *)f->bh1f : (void *)f->bh2f)
		     : !(f->args == 1 ? (void *)f->bh1 : (void *)f->bh2)) {
		printf("GAP   %-16s %s%s (not built)\n", "host/libm", f->name,
		       is_float ? "f" : "");
		return 1;
	}

	edges_bad = edge_mismatches(f, is_float, what);
	hard_bad = is_float ? 0 : hard_misrounded(f, hard_what);
	mpfr_init2(exact, 256);
	for (i = 0; i < inputs; i++) {
		const struct range *r = &f->x[i % 3];
		double x, y = 0, a, b, ea, eb;

		x = draw(r->a == 0 && r->b == 0 ? &f->x[0] : r);
		if (f->args == 2)
			y = draw(&f->y);
		if (is_float) {
			x = (float)x;
			y = (float)y;
		}
		oracle(f, x, y, exact);
		if (is_float) {
			a = f->args == 1 ? f->bh1f((float)x) : f->bh2f((float)x, (float)y);
			b = f->args == 1 ? f->gl1f((float)x) : f->gl2f((float)x, (float)y);
		} else {
			a = f->args == 1 ? f->bh1(x) : f->bh2(x, y);
			b = f->args == 1 ? f->gl1(x) : f->gl2(x, y);
		}
		ea = error_of(a, exact, is_float);
		eb = error_of(b, exact, is_float);
		if (ea <= 0.5)
			cr++;
		if (ea > max_bh) {
			max_bh = ea;
			worst_x = x;
			worst_y = y;
		}
		if (eb > max_gl)
			max_gl = eb;
	}
	mpfr_clear(exact);
	ok = max_bh <= (bound > 0.5 ? bound : 0.5) && !edges_bad && !hard_bad;
	char at[80];

	if (f->args == 2)
		snprintf(at, sizeof(at), "%a, %a", worst_x, worst_y);
	else
		snprintf(at, sizeof(at), "%a", worst_x);
	printf("%s  %-16s %s%s (max %.3f ulp at %s, %.3f%% correctly rounded over %ld; glibc max %.3f)\n",
	       ok ? "PASS" : "FAIL", "host/libm", f->name, is_float ? "f" : "",
	       max_bh, at, 100.0 * (double)cr / (double)inputs, inputs, max_gl);
	if (edges_bad)
		printf("      %d edge inputs differ from glibc, first: %s\n", edges_bad, what);
	if (hard_bad)
		printf("      %d hard inputs misrounded, first: %s\n", hard_bad, hard_what);
	fflush(stdout);
	return ok;
}

/* long double (x87, 64-bit significand): bareheap's l functions. */
#define L1(n) W long double bh_##n##l(long double);
#define L2(n) W long double bh_##n##l(long double, long double);
L1(exp) L1(exp2) L1(expm1) L1(log) L1(log2) L1(log10) L1(log1p) L1(sin)
L1(cos) L1(tan) L1(asin) L1(acos) L1(atan) L1(sinh) L1(cosh) L1(tanh)
L1(asinh) L1(acosh) L1(atanh) L1(cbrt) L1(sqrt) L1(floor) L1(erf)
L1(tgamma) L2(pow) L2(atan2) L2(hypot) L2(fmod)

struct lfn {
	const char *name;
	long double (*bh1)(long double), (*gl1)(long double);
	long double (*bh2)(long double, long double), (*gl2)(long double, long double);
	mpfr1 mp1;
	mpfr2 mp2;
	double bound;
	struct range x, y;
};

#define LF1(n, mp, b, ...) { #n "l", bh_##n##l, n##l, 0, 0, mp, 0, b, __VA_ARGS__, { 0, 0, 0 } }
#define LF2(n, mp, b, xr, yr) { #n "l", 0, 0, bh_##n##l, n##l, 0, mp, b, xr, yr }
static const struct lfn lfns[] = {
	LF1(exp, mpfr_exp, 1, { -11000, 11000, 0 }),
	LF1(exp2, mpfr_exp2, 1, { -16000, 16000, 0 }),
	LF1(expm1, mpfr_expm1, 1, { -2, 2, 0 }),
	LF1(log, mpfr_log, 1, { 1e-300, 1e300, 1 }),
	LF1(log2, mpfr_log2, 1, { 1e-300, 1e300, 1 }),
	LF1(log10, mpfr_log10, 1, { 1e-300, 1e300, 1 }),
	LF1(log1p, mpfr_log1p, 1, { -0.9, 1, 0 }),
	LF1(sin, mpfr_sin, 1, { -1e6, 1e6, 0 }),
	LF1(cos, mpfr_cos, 1, { -1e6, 1e6, 0 }),
	LF1(tan, mpfr_tan, 2, { -100, 100, 0 }),
	LF1(asin, mpfr_asin, 1, { -1, 1, 0 }),
	LF1(acos, mpfr_acos, 1, { -1, 1, 0 }),
	LF1(atan, mpfr_atan, 1, { 1e-10, 1e10, 2 }),
	LF1(sinh, mpfr_sinh, 2, { -20, 20, 0 }),
	LF1(cosh, mpfr_cosh, 2, { -20, 20, 0 }),
	LF1(tanh, mpfr_tanh, 2, { -5, 5, 0 }),
	LF1(asinh, mpfr_asinh, 2, { 1e-5, 1e10, 2 }),
	LF1(acosh, mpfr_acosh, 2, { 1, 1e10, 1 }),
	LF1(atanh, mpfr_atanh, 2, { -1, 1, 0 }),
	LF1(cbrt, mpfr_cbrt, 1, { 1e-300, 1e300, 2 }),
	LF1(sqrt, mpfr_sqrt, 0.5, { 0, 1e300, 0 }),
	LF1(floor, mp_floor, 0, { -1e20, 1e20, 0 }),
	LF1(erf, mpfr_erf, -1, { -4, 4, 0 }),
	LF1(tgamma, mpfr_gamma, -1, { 0.5, 100, 0 }),
	LF2(pow, mpfr_pow, 1, ((struct range){ 1e-3, 1e3, 1 }), ((struct range){ -200, 200, 0 })),
	LF2(atan2, mpfr_atan2, 1, ((struct range){ 1e-10, 1e10, 2 }), ((struct range){ 1e-10, 1e10, 2 })),
	LF2(hypot, mpfr_hypot, 1, ((struct range){ 1e-100, 1e100, 2 }), ((struct range){ 1e-100, 1e100, 2 })),
	LF2(fmod, mpfr_fmod, 0, ((struct range){ 1e-100, 1e100, 2 }), ((struct range){ 1e-10, 1e10, 2 })),
};

static double ld_error(long double got, mpfr_t exact)
{
	mpfr_t d;
	long e;
	double r;
	long double want = mpfr_get_ld(exact, MPFR_RNDN);

	if (isnan(got) || isnan(want))
		return isnan(got) && isnan(want) ? 0 : 1e9;
	if (isinf(got) || isinf(want))
		return got == want ? 0 : 1e9;
	if (mpfr_zero_p(exact))
		return got == 0 ? 0 : 1e9;
	mpfr_init2(d, 300);
	mpfr_set_ld(d, got, MPFR_RNDN);
	mpfr_sub(d, d, exact, MPFR_RNDN);
	mpfr_abs(d, d, MPFR_RNDN);
	e = mpfr_get_exp(exact) - 64;
	if (e < -16445)
		e = -16445;
	mpfr_mul_2si(d, d, -e, MPFR_RNDN);
	r = mpfr_get_d(d, MPFR_RNDN);
	mpfr_clear(d);
	return r;
}

static int run_ld(const struct lfn *f, long inputs)
{
	double max_bh = 0, max_gl = 0, ea, eb;
	long double worst = 0, x, y = 0, a, b;
	mpfr_t exact, mx, my;
	long i, cr = 0;
	int ok;

	if (!(f->bh1 || f->bh2)) {
		printf("GAP   %-16s %s (not built)\n", "host/libm", f->name);
		return 1;
	}
	mpfr_init2(exact, 256);
	mpfr_init2(mx, 64);
	mpfr_init2(my, 64);
	for (i = 0; i < inputs; i++) {
		x = draw(&f->x) + (long double)draw(&f->x) * 0x1p-60L;
		if (f->bh2)
			y = draw(&f->y);
		mpfr_set_ld(mx, x, MPFR_RNDN);
		mpfr_set_ld(my, y, MPFR_RNDN);
		if (f->bh1) {
			f->mp1(exact, mx, MPFR_RNDN);
			a = f->bh1(x);
			b = f->gl1(x);
		} else {
			f->mp2(exact, mx, my, MPFR_RNDN);
			a = f->bh2(x, y);
			b = f->gl2(x, y);
		}
		ea = ld_error(a, exact);
		eb = ld_error(b, exact);
		cr += ea <= 0.5;
		if (ea > max_bh) {
			max_bh = ea;
			worst = x;
		}
		if (eb > max_gl)
			max_gl = eb;
	}
	mpfr_clears(exact, mx, my, (mpfr_ptr)0);
	ok = max_bh <= (f->bound > 0.5 ? f->bound : 0.5);
	if (f->bound < 0) {	/* known: the double function, widened */
		printf("GAP   %-16s %s (double precision only: max %.0f ulp; glibc max %.3f)\n",
		       "host/libm", f->name, max_bh, max_gl);
		return 1;
	}
	printf("%s  %-16s %s (max %.3f ulp at %La, %.3f%% correctly rounded over %ld; glibc max %.3f)\n",
	       ok ? "PASS" : "FAIL", "host/libm", f->name, max_bh, worst,
	       100.0 * (double)cr / (double)inputs, inputs, max_gl);
	fflush(stdout);
	return ok;
}

/* fma against MPFR's fma: products near z's magnitude and of opposite
 * sign (cancellation), subnormal results, every rounding mode. */
static int run_fma(long inputs)
{
	static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD,
				     FE_TOWARDZERO };
	static const mpfr_rnd_t rnds[] = { MPFR_RNDN, MPFR_RNDU, MPFR_RNDD,
					   MPFR_RNDZ };
	long i, bad = 0;
	mpfr_t mx, my, mz, r;
	char what[200] = "";
	double x, y, z, got, want;
	int m;

	mpfr_inits2(53, mx, my, mz, r, (mpfr_ptr)0);
	mpfr_set_emin(-1073);
	mpfr_set_emax(1024);
	for (i = 0; i < inputs; i++) {
		struct range wide = { 1e-160, 1e160, 2 };

		x = draw(&wide);
		y = draw(&wide);
		switch (i % 4) {
		case 0: z = draw(&wide); break;
		case 1: z = -x * y * (1 + (double)(next() % 64) * 0x1p-52); break;
		case 2: x *= 1e-150; z = draw(&wide) * 1e-160; break;
		default: z = -x * y; break;
		}
		m = (int)(i / 4 % 4);
		mpfr_set_d(mx, x, MPFR_RNDN);
		mpfr_set_d(my, y, MPFR_RNDN);
		mpfr_set_d(mz, z, MPFR_RNDN);
		mpfr_subnormalize(r, mpfr_fma(r, mx, my, mz, rnds[m]), rnds[m]);
		want = mpfr_get_d(r, rnds[m]);
		fesetround(modes[m]);
		got = bh_fma(x, y, z);
		fesetround(FE_TONEAREST);
		if (memcmp(&got, &want, sizeof(got)) && !(isnan(got) && isnan(want))) {
			if (!bad++)
				snprintf(what, sizeof(what), "fma(%a, %a, %a) mode %d = %a, want %a",
					 x, y, z, m, got, want);
		}
	}
	mpfr_clears(mx, my, mz, r, (mpfr_ptr)0);
	mpfr_set_emin(mpfr_get_emin_min());
	mpfr_set_emax(mpfr_get_emax_max());
	printf("%s  %-16s fma (%ld of %ld inputs not correctly rounded in their rounding mode%s%s)\n",
	       bad ? "FAIL" : "PASS", "host/libm", bad, inputs,
	       bad ? "; first: " : "", what);
	return !bad;
}

int main(int argc, char **argv)
{
	long inputs = 100000;
	int i, status = 0, floats = 1, same = 0;
	long others;
	size_t k;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-n") && i + 1 < argc)
			inputs = atol(argv[++i]);
		else if (!strcmp(argv[i], "-d"))
			floats = 0;
		else if (!strcmp(argv[i], "-s"))
			same = 1;
	}
	others = same ? inputs : inputs / 4;
	{
		int j, chosen = i == argc;

		for (j = i; j < argc; j++)
			chosen |= !strcmp(argv[j], "fma");
		if (chosen && !run_fma(inputs))
			status = 1;
	}
	for (k = 0; k < sizeof(lfns) / sizeof(lfns[0]); k++) {
		int j, chosen = i == argc;

		for (j = i; j < argc; j++)
			chosen |= !strcmp(argv[j], lfns[k].name) ||
				  !strcmp(argv[j], "long");
		if (chosen && !run_ld(&lfns[k], others))
			status = 1;
	}
	for (k = 0; k < sizeof(fns) / sizeof(fns[0]); k++) {
		int j, chosen = i == argc;

		for (j = i; j < argc; j++)
			chosen |= !strcmp(argv[j], fns[k].name);
		if (!chosen)
			continue;
		if (!run(&fns[k], 0, inputs))
			status = 1;
		if (floats && !run(&fns[k], 1, others))
			status = 1;
	}
	return status;
}
