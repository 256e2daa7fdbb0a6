/*
 * Time per call of three libms on the same inputs, side by side in one
 * process: bareheap's (bh_*), glibc's (the process's own libm) and musl's
 * (mu_*, taken from musl-dev's libc.a by scripts/host-libm). Each function
 * runs over 4096 arguments of a typical range in a loop that depends on
 * nothing but the inputs (throughput); the three take turns for ROUNDS
 * rounds and each keeps its fastest, so that a busy machine slows a round,
 * not the result.
 *   libm_bench [-r ROUNDS] [NAME...]
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int bh_errno;

#define D1(n) double bh_##n(double), mu_##n(double);
#define D2(n) double bh_##n(double, double), mu_##n(double, double);
#define F1(n) float bh_##n(float), mu_##n(float);
#define F2(n) float bh_##n(float, float), mu_##n(float, float);
D1(exp) D1(exp2) D1(expm1) D1(log) D1(log2) D1(log10) D1(log1p) D1(sin)
D1(cos) D1(tan) D1(asin) D1(acos) D1(atan) D1(sinh) D1(cosh) D1(tanh)
D1(asinh) D1(acosh) D1(atanh) D1(erf) D1(erfc) D1(tgamma) D1(lgamma)
D1(cbrt) D1(floor) D1(rint) D1(sqrt)
D2(pow) D2(atan2) D2(hypot) D2(fmod) D2(remainder)
F1(expf) F1(exp2f) F1(exp10f) F1(expm1f) F1(logf) F1(log2f) F1(log10f)
F1(log1pf) F1(sinf) F1(cosf) F1(tanf) F1(asinf) F1(acosf) F1(atanf)
F1(sinhf) F1(coshf) F1(tanhf) F1(asinhf) F1(acoshf) F1(atanhf) F1(erff)
F1(erfcf) F1(tgammaf) F1(lgammaf) F1(cbrtf) F2(powf) F2(atan2f) F2(hypotf)

enum { LIBS = 3, N = 4096 };
static const char *const lib_names[LIBS] = { "bareheap", "glibc", "musl" };

struct fn {
	const char *name;
	int kind;			/* 1, 2: double args; 3, 4: float args */
	void *f[LIBS];
	double lo, hi, ylo, yhi;	/* the arguments' ranges */
};

#define B1(n, lo, hi) { #n, 1, { bh_##n, n, mu_##n }, lo, hi, 0, 0 }
#define B2(n, lo, hi, ylo, yhi) { #n, 2, { bh_##n, n, mu_##n }, lo, hi, ylo, yhi }
#define BF1(n, lo, hi) { #n, 3, { bh_##n, n, mu_##n }, lo, hi, 0, 0 }
#define BF2(n, lo, hi, ylo, yhi) { #n, 4, { bh_##n, n, mu_##n }, lo, hi, ylo, yhi }
static const struct fn fns[] = {
	B1(exp, -700, 700), B1(exp2, -1000, 1000), B1(expm1, -2, 2),
	B1(log, 1e-10, 1e10), B1(log2, 1e-10, 1e10), B1(log10, 1e-10, 1e10),
	B1(log1p, -0.5, 2), B2(pow, 0.1, 10, -30, 30),
	B1(sin, -10, 10), B1(cos, -10, 10), B1(tan, -10, 10),
	B1(asin, -1, 1), B1(acos, -1, 1), B1(atan, -10, 10),
	B2(atan2, -10, 10, -10, 10),
	B1(sinh, -5, 5), B1(cosh, -5, 5), B1(tanh, -5, 5),
	B1(asinh, -10, 10), B1(acosh, 1, 100), B1(atanh, -0.99, 0.99),
	B1(erf, -3, 3), B1(erfc, -3, 10), B1(tgamma, 0.5, 30),
	B1(lgamma, 0.5, 100), B1(cbrt, -1e6, 1e6),
	B2(hypot, -1e3, 1e3, -1e3, 1e3), B2(fmod, 1, 1e6, 0.1, 10),
	B2(remainder, 1, 1e6, 0.1, 10),
	B1(floor, -1e6, 1e6), B1(rint, -1e6, 1e6), B1(sqrt, 0, 1e6),
	BF1(expf, -80, 80), BF1(exp2f, -120, 120), BF1(exp10f, -35, 35),
	BF1(expm1f, -2, 2), BF1(logf, 1e-10, 1e10), BF1(log2f, 1e-10, 1e10),
	BF1(log10f, 1e-10, 1e10), BF1(log1pf, -0.5, 2), BF2(powf, 0.1, 10, -10, 10),
	BF1(sinf, -10, 10), BF1(cosf, -10, 10), BF1(tanf, -10, 10),
	BF1(asinf, -1, 1), BF1(acosf, -1, 1), BF1(atanf, -10, 10),
	BF2(atan2f, -10, 10, -10, 10),
	BF1(sinhf, -5, 5), BF1(coshf, -5, 5), BF1(tanhf, -5, 5),
	BF1(asinhf, -10, 10), BF1(acoshf, 1, 100), BF1(atanhf, -0.99, 0.99),
	BF1(erff, -3, 3), BF1(erfcf, -3, 10), BF1(tgammaf, 0.5, 30),
	BF1(lgammaf, 0.5, 100), BF1(cbrtf, -1e6, 1e6),
	BF2(hypotf, -1e3, 1e3, -1e3, 1e3),
};

static double xs[N], ys[N];
static float xf[N], yf[N];
static volatile double sink;

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Nanoseconds a call, over the N arguments once. */
static double time_once(const struct fn *b, void *f)
{
	double s = 0, t0 = now();
	int i;

	switch (b->kind) {
	case 1:
		for (i = 0; i < N; i++)
			s += ((double (*)(double))f)(xs[i]);
		break;
	case 2:
		for (i = 0; i < N; i++)
			s += ((double (*)(double, double))f)(xs[i], ys[i]);
		break;
	case 3:
		for (i = 0; i < N; i++)
			s += ((float (*)(float))f)(xf[i]);
		break;
	default:
		for (i = 0; i < N; i++)
			s += ((float (*)(float, float))f)(xf[i], yf[i]);
		break;
	}
	sink = s;
	return (now() - t0) / N;
}

static void fill(const struct fn *b)
{
	int i;

	for (i = 0; i < N; i++) {
		xs[i] = b->lo + (b->hi - b->lo) * (rand() / (double)RAND_MAX);
		ys[i] = b->ylo + (b->yhi - b->ylo) * (rand() / (double)RAND_MAX);
		xf[i] = (float)xs[i];
		yf[i] = (float)ys[i];
	}
}

int main(int argc, char **argv)
{
	int rounds = 30, i = 1, r, l;
	size_t k;

	if (argc > 2 && !strcmp(argv[1], "-r")) {
		rounds = atoi(argv[2]);
		i = 3;
	}
	printf("ns a call, the fastest of %d rounds (x86_64 host)\n", rounds);
	printf("%-10s %9s %9s %9s %9s %9s\n", "function", lib_names[0],
	       lib_names[1], lib_names[2], "/glibc", "/musl");
	for (k = 0; k < sizeof(fns) / sizeof(fns[0]); k++) {
		const struct fn *b = &fns[k];
		double best[LIBS];
		int j, chosen = i == argc;

		for (j = i; j < argc; j++)
			chosen |= !strcmp(argv[j], b->name);
		if (!chosen)
			continue;
		fill(b);
		for (l = 0; l < LIBS; l++)
			best[l] = 1e30;
		for (r = 0; r < rounds; r++) {
			for (l = 0; l < LIBS; l++) {
				double t = time_once(b, b->f[l]);

				if (t < best[l])
					best[l] = t;
			}
		}
		printf("%-10s %9.1f %9.1f %9.1f %8.2fx %8.2fx\n", b->name,
		       best[0], best[1], best[2], best[0] / best[1],
		       best[0] / best[2]);
		fflush(stdout);
	}
	return 0;
}
