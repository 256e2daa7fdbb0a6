/*
 * The accuracy of bareheap's binary128 long double functions, built for
 * the host with _Float128 (scripts/host-libm binary128; their names q_*):
 * each against MPFR at 256 bits (the oracle) and glibc's _Float128
 * functions (the same ldbl-128 code as glibc's long double on aarch64 and
 * riscv64) on random inputs, and on edge inputs where result, errno and
 * the flags (all but inexact) must be glibc's. One line a function:
 *   PASS  host/libm128     expl (max 0.501 ulp at ..., glibc max 0.70)
 * and exit status 1 if a function exceeds its bound or differs on an edge.
 *   libm128_accuracy [-n INPUTS] [NAME...]
 * (LIBM128_ALL=1 in the environment lists every differing edge.)
 */
#define _GNU_SOURCE
#define __STDC_WANT_IEC_60559_TYPES_EXT__
#define MPFR_WANT_FLOAT128
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mpfr_ref.h"

typedef _Float128 q;
int bh_errno;	/* the library's errno, renamed */

#define W __attribute__((weak))
#define D1(n) W q q_##n##l(q);
#define D2(n) W q q_##n##l(q, q);
D1(exp) D1(exp2) D1(exp10) D1(expm1) D1(log) D1(log2) D1(log10) D1(log1p)
D1(sin) D1(cos) D1(tan) D1(asin) D1(acos) D1(atan) D1(sinh) D1(cosh)
D1(tanh) D1(asinh) D1(acosh) D1(atanh) D1(cbrt) D1(sqrt) D1(floor)
D1(ceil) D1(trunc) D1(round) D1(rint) D1(nearbyint) D1(logb)
D1(erf) D1(erfc) D1(tgamma) D1(lgamma)
D2(pow) D2(atan2) D2(hypot) D2(fmod) D2(remainder) D2(fdim) D2(fmin)
D2(fmax) D2(nextafter) D2(copysign)
W q q_fmal(q, q, q);

static int mp_rint(mpfr_t r, const mpfr_t x, mpfr_rnd_t rnd) { return mpfr_rint(r, x, rnd); }
static int mp_fdim(mpfr_t r, const mpfr_t x, const mpfr_t y, mpfr_rnd_t rnd)
{
	if (mpfr_cmp(x, y) <= 0)
		return mpfr_set_ui(r, 0, rnd);
	return mpfr_sub(r, x, y, rnd);
}

struct fn {
	const char *name;
	q (*bh1)(q), (*gl1)(q);
	q (*bh2)(q, q), (*gl2)(q, q);
	mpfr1 mp1;
	mpfr2 mp2;
	double bound;		/* max ulp allowed */
	struct range x, y;
};

#define F1(n, mp, b, ...) { #n "l", q_##n##l, n##f128, 0, 0, mp, 0, b, __VA_ARGS__, { 0, 0, 0 } }
#define F2(n, mp, b, xr, yr) { #n "l", 0, 0, q_##n##l, n##f128, 0, mp, b, xr, yr }
#define R(a, b, l) ((struct range){ a, b, l })
static const struct fn fns[] = {
	F1(exp, mpfr_exp, 1, R(-11400, 11350, 0)),
	F1(exp2, mpfr_exp2, 1, R(-16400, 16380, 0)),
	F1(exp10, mpfr_exp10, 1, R(-4950, 4930, 0)),
	F1(expm1, mpfr_expm1, 1, R(1e-40, 50, 2)),
	F1(log, mpfr_log, 1, R(1e-300, 1e300, 1)),
	F1(log2, mpfr_log2, 1, R(1e-300, 1e300, 1)),
	F1(log10, mpfr_log10, 1, R(1e-300, 1e300, 1)),
	F1(log1p, mpfr_log1p, 1, R(1e-40, 1e10, 1)),
	F1(sin, mpfr_sin, 1, R(1e-10, 1e30, 2)),
	F1(cos, mpfr_cos, 1, R(1e-10, 1e30, 2)),
	F1(tan, mpfr_tan, 1, R(1e-10, 1e30, 2)),
	F1(asin, mpfr_asin, 1, R(1e-30, 1, 2)),
	F1(acos, mpfr_acos, 1, R(-1, 1, 0)),
	F1(atan, mpfr_atan, 1, R(1e-30, 1e30, 2)),
	F1(sinh, mpfr_sinh, 1, R(1e-30, 11000, 2)),
	F1(cosh, mpfr_cosh, 1, R(-11000, 11000, 0)),
	F1(tanh, mpfr_tanh, 1, R(1e-30, 50, 2)),
	F1(asinh, mpfr_asinh, 1, R(1e-30, 1e30, 2)),
	F1(acosh, mpfr_acosh, 1, R(1, 1e30, 1)),
	F1(atanh, mpfr_atanh, 1, R(1e-30, 1, 2)),
	F1(cbrt, mpfr_cbrt, 1, R(1e-300, 1e300, 2)),
	F1(erf, mpfr_erf, 1, R(1e-30, 10, 2)),
	F1(erfc, mpfr_erfc, 1, R(-10, 108, 0)),
	F1(tgamma, mpfr_gamma, 1, R(-1760, 1760, 0)),
	F1(lgamma, mp_lgamma, 1, R(-60, 60, 0)),
	F1(sqrt, mpfr_sqrt, 0, R(1e-300, 1e300, 1)),
	F1(floor, mp_floor, 0, R(1e-3, 1e40, 2)),
	F1(ceil, mp_ceil, 0, R(1e-3, 1e40, 2)),
	F1(trunc, mp_trunc, 0, R(1e-3, 1e40, 2)),
	F1(round, mp_round, 0, R(1e-3, 1e40, 2)),
	F1(rint, mp_rint, 0, R(1e-3, 1e40, 2)),
	F2(pow, mpfr_pow, 1, R(1e-3, 1e3, 1), R(-1500, 1500, 0)),
	F2(atan2, mpfr_atan2, 1, R(1e-30, 1e30, 2), R(1e-30, 1e30, 2)),
	F2(hypot, mpfr_hypot, 1, R(1e-300, 1e300, 2), R(1e-300, 1e300, 2)),
	F2(fmod, mpfr_fmod, 0, R(1e-300, 1e300, 2), R(1e-30, 1e30, 2)),
	F2(remainder, mpfr_remainder, 0, R(1e-300, 1e300, 2), R(1e-30, 1e30, 2)),
	F2(fdim, mp_fdim, 0, R(1e-30, 1e30, 2), R(1e-30, 1e30, 2)),
	F2(fmin, mpfr_min, 0, R(1e-30, 1e30, 2), R(1e-30, 1e30, 2)),
	F2(fmax, mpfr_max, 0, R(1e-30, 1e30, 2), R(1e-30, 1e30, 2)),
	F2(copysign, mpfr_copysign, 0, R(1e-30, 1e30, 2), R(1e-30, 1e30, 2)),
	F1(nearbyint, mp_rint, 0, R(1e-3, 1e40, 2)),
	F2(nextafter, 0, 0, R(0, 0, 0), R(0, 0, 0)),	/* edges only */
	F1(logb, 0, 0, R(0, 0, 0)),
};

/* A binary128 value in r with all 113 significand bits random. */
static q draw(const struct range *r)
{
	double v;
	q x;

	if (!r->log) {
		v = r->a + (r->b - r->a) * uniform01();
	} else {
		v = exp(log(r->a) + (log(r->b) - log(r->a)) * uniform01());
		if (r->log == 2 && (next() & 1))
			v = -v;
	}
	x = (q)v * (1 + (q)(next() >> 4) * 0x1p-113Q);
	return x;
}

static void set_emin_emax(void)
{
	mpfr_set_emin(-16493);
	mpfr_set_emax(16384);
}

/* The error of got in ulps of binary128 at the exact value; 0 for equal
 * specials, 1e9 for a wrong special. */
static double ulp_error(q got, mpfr_t exact)
{
	mpfr_t g, d;
	long e;
	double r;
	q want;

	mpfr_init2(g, 113);
	set_emin_emax();
	want = mpfr_get_float128(exact, MPFR_RNDN);
	mpfr_set_emin(mpfr_get_emin_min());
	mpfr_set_emax(mpfr_get_emax_max());
	if (isnan(got) || isnan(want)) {
		mpfr_clear(g);
		return isnan(got) && isnan(want) ? 0 : 1e9;
	}
	if (isinf(got) || isinf(want)) {
		mpfr_clear(g);
		return got == want ? 0 : 1e9;
	}
	if (mpfr_zero_p(exact)) {
		mpfr_clear(g);
		return got == 0 ? 0 : 1e9;
	}
	mpfr_init2(d, 400);
	mpfr_set_float128(g, got, MPFR_RNDN);
	mpfr_sub(d, g, exact, MPFR_RNDN);
	mpfr_abs(d, d, MPFR_RNDN);
	e = mpfr_get_exp(exact) - 113;
	if (e < -16494)
		e = -16494;
	mpfr_mul_2si(d, d, -e, MPFR_RNDN);
	r = mpfr_get_d(d, MPFR_RNDN);
	mpfr_clears(g, d, (mpfr_ptr)0);
	return r;
}

static const q edges[] = {
	0, -0.0Q, 1, -1, 0.5Q, -0.5Q, 2, -2, 3, 10, -10, 0.75Q, 1e-5Q, 100.5Q,
	-100.5Q, 0x1p-16494Q, -0x1p-16494Q, 0x1p-16382Q, 0x1.8p-16440Q,
	FLT128_MAX, -FLT128_MAX, 1e4000Q, -1e4000Q, 11356.6Q, -11400.5Q,
	-11433.5Q, 16383.5Q, -16494.5Q, 4932.1Q, -4950.5Q, 0x1p63Q, -0x1p63Q,
	0x1p112Q + 0.5Q, 1 + 0x1p-112Q, 1 - 0x1p-113Q, 1.5707963267948966192313216916397514Q,
	3.1415926535897932384626433832795029Q, 0x1p16000Q, 1e-30Q, -1e-30Q,
	710.5Q, 45, -45, INFINITY, -INFINITY, NAN,
};
#define N_EDGES (sizeof(edges) / sizeof(edges[0]))

#define FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

static int same(q a, q b)
{
	return (isnan(a) && isnan(b)) || !memcmp(&a, &b, sizeof(a));
}

static void oracle(const struct fn *f, q x, q y, mpfr_t exact)
{
	mpfr_t mx, my;

	mpfr_inits2(113, mx, my, (mpfr_ptr)0);
	mpfr_set_float128(mx, x, MPFR_RNDN);
	mpfr_set_float128(my, y, MPFR_RNDN);
	if (f->mp1)
		f->mp1(exact, mx, MPFR_RNDN);
	else
		f->mp2(exact, mx, my, MPFR_RNDN);
	mpfr_clears(mx, my, (mpfr_ptr)0);
}

/* Where glibc's result is not the correctly rounded one and bareheap's
 * is (glibc's errno and flags then follow its wrong value). */
static int glibc_wrong(const struct fn *f, q x, q y, q a, q b)
{
	mpfr_t exact;
	int wrong;

	if (!f->mp1 && !f->mp2)
		return 0;
	mpfr_init2(exact, 256);
	oracle(f, x, y, exact);
	wrong = ulp_error(a, exact) <= 0.5 && ulp_error(b, exact) > 0.5;
	mpfr_clear(exact);
	return wrong;
}

static int edge_mismatches(const struct fn *f, char *what, size_t size)
{
	size_t i, j;
	int bad = 0;

	for (i = 0; i < N_EDGES; i++) {
		for (j = 0; j < (f->bh2 ? N_EDGES : 1); j++) {
			q x = edges[i], y = edges[j], a, b;
			int ea, eb, fa, fb;

			feclearexcept(FE_ALL_EXCEPT);
			bh_errno = 0;
			a = f->bh1 ? f->bh1(x) : f->bh2(x, y);
			ea = bh_errno;
			fa = fetestexcept(FLAGS);
			feclearexcept(FE_ALL_EXCEPT);
			errno = 0;
			b = f->bh1 ? f->gl1(x) : f->gl2(x, y);
			eb = errno;
			fb = fetestexcept(FLAGS);
			/* Off in the last bit where glibc is not exact: the
			 * random inputs judge accuracy, edges the specials. */
			if (!same(a, b) && isfinite(a) && isfinite(b) && a != 0 &&
			    b != 0 && fabsf128(a - b) <= fabsf128(b) * 0x1p-111Q)
				b = a;
			if (same(a, b) && ea == eb && fa == fb)
				continue;
			if (!same(a, b) && glibc_wrong(f, x, y, a, b))
				continue;
			if (!bad++ || getenv("LIBM128_ALL")) {
				char xs[64], ys[64], as[64], bs[64];

				strfromf128(xs, sizeof(xs), "%a", x);
				strfromf128(ys, sizeof(ys), "%a", y);
				strfromf128(as, sizeof(as), "%a", a);
				strfromf128(bs, sizeof(bs), "%a", b);
				snprintf(what, size, "%s(%s%s%s) = %s errno %d flags %#x, glibc %s errno %d flags %#x",
					 f->name, xs, f->bh2 ? ", " : "", f->bh2 ? ys : "",
					 as, ea, fa, bs, eb, fb);
				if (getenv("LIBM128_ALL"))
					printf("      %s\n", what);
			}
		}
	}
	return bad;
}

static int run(const struct fn *f, long inputs)
{
	double max_bh = 0, max_gl = 0, ea, eb;
	q worst_x = 0, worst_y = 0, x, y = 0, a, b;
	mpfr_t exact, mx, my;
	long i, cr = 0;
	char what[600] = "", ws[100];
	int edges_bad, ok;

	if (!(f->bh1 || f->bh2)) {
		printf("GAP   %-16s %s (not built)\n", "host/libm128", f->name);
		return 1;
	}
	edges_bad = edge_mismatches(f, what, sizeof(what));
	mpfr_init2(exact, 256);
	mpfr_inits2(113, mx, my, (mpfr_ptr)0);
	for (i = 0; i < inputs && (f->mp1 || f->mp2); i++) {
		x = draw(&f->x);
		if (f->bh2)
			y = draw(&f->y);
		mpfr_set_float128(mx, x, MPFR_RNDN);
		mpfr_set_float128(my, y, MPFR_RNDN);
		if (f->bh1) {
			f->mp1(exact, mx, MPFR_RNDN);
			a = f->bh1(x);
			b = f->gl1(x);
		} else {
			f->mp2(exact, mx, my, MPFR_RNDN);
			a = f->bh2(x, y);
			b = f->gl2(x, y);
		}
		ea = ulp_error(a, exact);
		eb = ulp_error(b, exact);
		cr += ea <= 0.5;
		if (ea > max_bh) {
			max_bh = ea;
			worst_x = x;
			worst_y = y;
		}
		if (eb > max_gl)
			max_gl = eb;
	}
	mpfr_clears(exact, mx, my, (mpfr_ptr)0);
	ok = max_bh <= (f->bound > 0.5 ? f->bound : 0.5) && !edges_bad;
	strfromf128(ws, 50, "%a", worst_x);
	if (f->bh2) {
		strcat(ws, ", ");
		strfromf128(ws + strlen(ws), 50, "%a", worst_y);
	}
	printf("%s  %-16s %s (max %.3f ulp at %s, %.3f%% correctly rounded over %ld; glibc max %.3f)\n",
	       ok ? "PASS" : "FAIL", "host/libm128", f->name, max_bh, ws,
	       100.0 * (double)cr / (double)inputs, inputs, max_gl);
	if (edges_bad)
		printf("      %d edge inputs differ from glibc, first: %s\n", edges_bad, what);
	fflush(stdout);
	return ok;
}

/* fmal and sqrtl against MPFR in every rounding mode: products near z's
 * magnitude and of opposite sign (cancellation), subnormal results. */
static int run_rounded(long inputs)
{
	static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
	static const mpfr_rnd_t rnds[] = { MPFR_RNDN, MPFR_RNDU, MPFR_RNDD, MPFR_RNDZ };
	long i, bad = 0;
	mpfr_t mx, my, mz, r;
	char what[300] = "";
	q x, y, z, got, want;
	int m, k;

	if (!q_fmal || !q_sqrtl) {
		printf("GAP   %-16s fmal (not built)\n", "host/libm128");
		return 1;
	}
	mpfr_inits2(113, mx, my, mz, r, (mpfr_ptr)0);
	for (i = 0; i < inputs; i++) {
		struct range wide = { 1e-300, 1e300, 2 };

		x = draw(&wide) * 0x1p-2000Q * (q)(1 << (next() % 30)) * 0x1p4000Q;
		y = draw(&wide);
		switch (i % 5) {
		case 0: z = draw(&wide); break;
		case 1: z = -x * y * (1 + (q)(next() % 64) * 0x1p-112Q); break;
		case 2: x *= 0x1p-16000Q; z = draw(&wide) * 0x1p-16000Q; break;
		case 3: z = -x * y; break;
		default: z = x * 0x1p-120Q; break;
		}
		m = (int)(i / 5 % 4);
		for (k = 0; k < 2; k++) {
			set_emin_emax();
			mpfr_set_float128(mx, x, MPFR_RNDN);
			mpfr_set_float128(my, y, MPFR_RNDN);
			mpfr_set_float128(mz, z, MPFR_RNDN);
			if (k == 0)
				mpfr_subnormalize(r, mpfr_fma(r, mx, my, mz, rnds[m]), rnds[m]);
			else
				mpfr_subnormalize(r, mpfr_sqrt(r, my, rnds[m]), rnds[m]);
			want = mpfr_get_float128(r, rnds[m]);
			mpfr_set_emin(mpfr_get_emin_min());
			mpfr_set_emax(mpfr_get_emax_max());
			fesetround(modes[m]);
			got = k == 0 ? q_fmal(x, y, z) : q_sqrtl(fabsf128(y));
			fesetround(FE_TONEAREST);
			if (k == 1 && y < 0)
				got = want;
			if (!same(got, want) && !bad++) {
				char s[4][64];

				strfromf128(s[0], 64, "%a", x);
				strfromf128(s[1], 64, "%a", y);
				strfromf128(s[2], 64, "%a", z);
				strfromf128(s[3], 64, "%a", got);
				snprintf(what, sizeof(what), "%s(%s, %s, %s) mode %d = %s",
					 k ? "sqrtl" : "fmal", s[0], s[1], s[2], m, s[3]);
			}
		}
	}
	mpfr_clears(mx, my, mz, r, (mpfr_ptr)0);
	printf("%s  %-16s fmal sqrtl (%ld of %ld inputs not correctly rounded in their rounding mode%s%s)\n",
	       bad ? "FAIL" : "PASS", "host/libm128", bad, 2 * inputs,
	       bad ? "; first: " : "", what);
	return !bad;
}

int main(int argc, char **argv)
{
	long inputs = 20000;
	int i, j, status = 0;
	size_t k;

	for (i = 1; i < argc && argv[i][0] == '-'; i++)
		if (!strcmp(argv[i], "-n") && i + 1 < argc)
			inputs = atol(argv[++i]);
	{
		int chosen = i == argc;

		for (j = i; j < argc; j++)
			chosen |= !strcmp(argv[j], "fmal");
		if (chosen && !run_rounded(inputs))
			status = 1;
	}
	for (k = 0; k < sizeof(fns) / sizeof(fns[0]); k++) {
		int chosen = i == argc;

		for (j = i; j < argc; j++)
			chosen |= !strcmp(argv[j], fns[k].name);
		if (chosen && !run(&fns[k], inputs))
			status = 1;
	}
	return status;
}
