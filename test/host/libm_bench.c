/*
 * Time per call of bareheap's libm (bh_*, scripts/host-libm bench) and
 * glibc's on the same inputs: 4096 arguments in a typical range, called
 * in a loop that depends on nothing but the inputs (throughput).
 *   libm_bench [ROUNDS]
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int bh_errno;
#define D1(n) double bh_##n(double);
D1(exp) D1(log) D1(sin) D1(cos) D1(tan) D1(atan) D1(asin) D1(exp2) D1(log2)
D1(log10) D1(expm1) D1(log1p) D1(sinh) D1(tanh) D1(erf) D1(tgamma) D1(cbrt)
D1(floor) D1(sqrt)
double bh_pow(double, double);
double bh_atan2(double, double);
double bh_hypot(double, double);
double bh_fmod(double, double);
double bh_fma(double, double, double);
float bh_expf(float);
float bh_sinf(float);
float bh_logf(float);
float bh_powf(float, float);

#define N 4096
static double xs[N], ys[N];

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

#define TIME1(f, lo, hi) do {						\
	double s = 0, t0, a, b;						\
	int r, i;							\
	fill(lo, hi);							\
	t0 = now();							\
	for (r = 0; r < rounds; r++)					\
		for (i = 0; i < N; i++)					\
			s += bh_##f(xs[i]);				\
	a = (now() - t0) / ((double)rounds * N);			\
	t0 = now();							\
	for (r = 0; r < rounds; r++)					\
		for (i = 0; i < N; i++)					\
			s += f(xs[i]);					\
	b = (now() - t0) / ((double)rounds * N);			\
	printf("%-8s %8.1f ns %8.1f ns %6.2fx%s\n", #f, a, b, a / b,	\
	       s == 1.2345 ? " " : "");					\
} while (0)

#define TIME2(f, lo, hi, ylo, yhi) do {					\
	double s = 0, t0, a, b;						\
	int r, i;							\
	fill(lo, hi);							\
	filly(ylo, yhi);						\
	t0 = now();							\
	for (r = 0; r < rounds; r++)					\
		for (i = 0; i < N; i++)					\
			s += bh_##f(xs[i], ys[i]);			\
	a = (now() - t0) / ((double)rounds * N);			\
	t0 = now();							\
	for (r = 0; r < rounds; r++)					\
		for (i = 0; i < N; i++)					\
			s += f(xs[i], ys[i]);				\
	b = (now() - t0) / ((double)rounds * N);			\
	printf("%-8s %8.1f ns %8.1f ns %6.2fx%s\n", #f, a, b, a / b,	\
	       s == 1.2345 ? " " : "");					\
} while (0)

static void fill(double lo, double hi)
{
	int i;

	for (i = 0; i < N; i++)
		xs[i] = lo + (hi - lo) * (rand() / (double)RAND_MAX);
}

static void filly(double lo, double hi)
{
	int i;

	for (i = 0; i < N; i++)
		ys[i] = lo + (hi - lo) * (rand() / (double)RAND_MAX);
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 200;

	printf("function  bareheap    glibc    ratio\n");
	TIME1(exp, -700, 700);
	TIME1(exp2, -1000, 1000);
	TIME1(expm1, -2, 2);
	TIME1(log, 1e-10, 1e10);
	TIME1(log2, 1e-10, 1e10);
	TIME1(log10, 1e-10, 1e10);
	TIME1(log1p, -0.5, 2);
	TIME2(pow, 0.1, 10, -30, 30);
	TIME1(sin, -10, 10);
	TIME1(cos, -10, 10);
	TIME1(tan, -10, 10);
	TIME1(sin, -1e6, 1e6);
	TIME1(atan, -10, 10);
	TIME1(asin, -1, 1);
	TIME2(atan2, -10, 10, -10, 10);
	TIME1(sinh, -5, 5);
	TIME1(tanh, -5, 5);
	TIME1(erf, -3, 3);
	TIME1(tgamma, 0.5, 30);
	TIME1(cbrt, -1e6, 1e6);
	TIME2(hypot, -1e3, 1e3, -1e3, 1e3);
	TIME2(fmod, 1, 1e6, 0.1, 10);
	TIME1(floor, -1e6, 1e6);
	TIME1(sqrt, 0, 1e6);
	return 0;
}
