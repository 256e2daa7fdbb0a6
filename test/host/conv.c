/*
 * bareheap's number conversions against glibc's, on the host: printf's
 * floating-point conversions and strtod, strtof and strtold, over random
 * bit patterns (every exponent, subnormals, infinities and NaNs), random
 * decimal strings, and the hard cases halfway between two doubles.
 *   conv [SECONDS]   runs for about SECONDS (default 3), then prints
 *                    "summary: N cases" and exits 0, or 1 at the first
 *                    few differences, each printed with both answers.
 */
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "test/host/conv_check.h"

/* bareheap's side, renamed at compile time (scripts/host-conv). */
double bh_strtod(const char *s, char **end);
float bh_strtof(const char *s, char **end);
long double bh_strtold(const char *s, char **end);

/* For conv_scanf.c, the sscanf comparison. */
long long conv_scanf_round(void);
long long conv_next(void);
void conv_differ(const char *what, const char *input, const char *want,
		 const char *got);

long long conv_next(void)
{
	return (long long)(next() >> 1);
}

/* Doubles from bit patterns, biased toward the interesting ones. */
static double random_double(void)
{
	uint64_t b = next();
	double d;

	switch (next() % 16) {
	case 0: b &= 0x800fffffffffffffULL; break;		/* subnormal */
	case 1: b = (b & 0x800fffffffffffffULL) | 0x7ff0000000000000ULL; break;
	case 2: b &= 0xfff0000000000000ULL | (next() % 64); break;
	case 3: b = (b & 0xfff0000000000000ULL) | ((1ULL << 52) - 1 - next() % 4); break;
	case 4: b = (b & 0x800fffffffffffffULL) | (uint64_t)(1023 + next() % 64) << 52; break;
	case 5:		/* at and around powers of ten */
		d = pow(10, (int)(next() % 600) - 300);
		memcpy(&b, &d, sizeof b);
		b += next() % 5 - 2;
		break;
	default: break;
	}
	memcpy(&d, &b, sizeof d);
	return d;
}

static long long cases, failures;

static void differ(const char *what, const char *input, const char *want,
		   const char *got)
{
	if (failures++ < 10)
		printf("      BAD %s of %s: glibc \"%s\", bareheap \"%s\"\n", what,
		       input, want, got);
}

void conv_differ(const char *what, const char *input, const char *want,
		 const char *got)
{
	differ(what, input, want, got);
}

static char want[8192], got[8192];

static void check_format(const char *fmt, double d)
{
	int a = snprintf(want, sizeof want, fmt, d);
	int b = bh_snprintf(got, sizeof got, fmt, d);

	cases++;
	if (a != b || strcmp(want, got)) {
		char in[64];

		snprintf(in, sizeof in, "%a", d);
		differ(fmt, in, want, got);
	}
}

static void check_format_ld(const char *fmt, long double d)
{
	int a = snprintf(want, sizeof want, fmt, d);
	int b = bh_snprintf(got, sizeof got, fmt, d);

	cases++;
	if (a != b || strcmp(want, got)) {
		char in[64];

		snprintf(in, sizeof in, "%La", d);
		differ(fmt, in, want, got);
	}
}

/* strtod, strtof, strtold of s: the same bits, errno and end. */
static void check_parse(const char *s)
{
	char *e1, *e2;
	int err1, err2;
	double a, b;
	float fa, fb;
	long double la, lb;

	cases++;
	errno = 0;
	a = strtod(s, &e1);
	err1 = errno;
	errno = 0;
	b = bh_strtod(s, &e2);
	err2 = errno;
	if (memcmp(&a, &b, sizeof a) || e1 != e2 || err1 != err2) {
		snprintf(want, sizeof want, "%a end+%d errno %d", a, (int)(e1 - s), err1);
		snprintf(got, sizeof got, "%a end+%d errno %d", b, (int)(e2 - s), err2);
		differ("strtod", s, want, got);
	}
	errno = 0;
	fa = strtof(s, &e1);
	err1 = errno;
	errno = 0;
	fb = bh_strtof(s, &e2);
	err2 = errno;
	if (memcmp(&fa, &fb, sizeof fa) || e1 != e2 || err1 != err2) {
		snprintf(want, sizeof want, "%a end+%d errno %d", fa, (int)(e1 - s), err1);
		snprintf(got, sizeof got, "%a end+%d errno %d", fb, (int)(e2 - s), err2);
		differ("strtof", s, want, got);
	}
	errno = 0;
	la = strtold(s, &e1);
	err1 = errno;
	errno = 0;
	lb = bh_strtold(s, &e2);
	err2 = errno;
	if (memcmp(&la, &lb, 10) || e1 != e2 || err1 != err2) {
		snprintf(want, sizeof want, "%La end+%d errno %d", la, (int)(e1 - s), err1);
		snprintf(got, sizeof got, "%La end+%d errno %d", lb, (int)(e2 - s), err2);
		differ("strtold", s, want, got);
	}
}

/* A random conversion with random flags, width, precision and length,
 * and an argument of its type, through both formatters. */
static void random_conversion(void)
{
	static const char convs[] = "diouxXcsfFeEgGaAp%";
	char fmt[64], want2[600], got2[600];
	int k = 0, wstar = 0, pstar = 0, w = (int)(next() % 40) - 10;
	int p = (int)(next() % 30) - 5, a, b;
	char c = convs[next() % (sizeof convs - 1)];
	const char *len = "";
	uint64_t bits = next() >> (next() % 64);
	double d = random_double();

	fmt[k++] = '%';
	while (next() % 3 == 0)
		fmt[k++] = "-+ #0"[next() % 5];
	switch (next() % 3) {
	case 0: k += sprintf(fmt + k, "%d", w < 0 ? -w : w); break;
	case 1: fmt[k++] = '*'; wstar = 1; break;
	default: break;
	}
	switch (next() % 3) {
	case 0: k += sprintf(fmt + k, ".%d", p < 0 ? -p : p); break;
	case 1: fmt[k++] = '.'; fmt[k++] = '*'; pstar = 1; break;
	default: break;
	}
	if (strchr("diouxX", c))
		len = (const char *[]){ "", "hh", "h", "l", "ll", "j", "z", "t" }[next() % 8];
	k += sprintf(fmt + k, "%s%c|", len, c);
	fmt[k] = 0;
#define BOTH(...) do {							\
	a = snprintf(want2, sizeof want2, __VA_ARGS__);			\
	b = bh_snprintf(got2, sizeof got2, __VA_ARGS__);		\
} while (0)
#define ARGS(v) do {							\
	if (wstar && pstar) BOTH(fmt, w, p, v);				\
	else if (wstar) BOTH(fmt, w, v);				\
	else if (pstar) BOTH(fmt, p, v);				\
	else BOTH(fmt, v);						\
} while (0)
	if (c == 's') {
		ARGS("text");
	} else if (c == 'p') {
		ARGS((void *)(uintptr_t)bits);
	} else if (strchr("fFeEgGaA", c)) {
		ARGS(d);
	} else if (strcmp(len, "ll") == 0 || strcmp(len, "j") == 0) {
		ARGS((long long)bits);
	} else if (*len == 'l' || *len == 'z' || *len == 't') {
		ARGS((long)bits);
	} else {
		ARGS((int)bits);
	}
	cases++;
	if (a != b || strcmp(want2, got2)) {
		char in[64];

		snprintf(in, sizeof in, "w=%d p=%d d=%a bits=%llx", w, p, d,
			 (unsigned long long)bits);
		differ(fmt, in, want2, got2);
	}
}

/* A random decimal string: digits, maybe a point, maybe an exponent. */
static void random_decimal(char *s)
{
	int n = 1 + (int)(next() % (next() % 8 ? 20 : 60)), i, k = 0;

	if (next() % 4 == 0)
		s[k++] = next() % 2 ? '-' : '+';
	for (i = 0; i < n; i++) {
		if (i == (int)(next() % (n + 1)) && !strchr(s, '.'))
			s[k++] = '.';
		s[k++] = (char)('0' + (next() % 3 ? next() % 10 : 9 * (next() % 2)));
		s[k] = 0;
	}
	if (next() % 2)
		k += sprintf(s + k, "e%d", (int)(next() % 700) - 350);
	else if (next() % 4 == 0)
		k += sprintf(s + k, "e%d", (int)(next() % 10000) - 5000);
	s[k] = 0;
}

/* The exact midpoint of d and the next double up (a long double), and
 * its neighbours one unit in the last printed digit away. */
static void halfway(double d, char *s)
{
	long double mid = ((long double)d + nextafter(d, INFINITY)) / 2;
	size_t n;

	snprintf(s, 900, "%.780Le", mid);
	check_parse(s);
	n = strcspn(s, "e");
	/* cut to the exact digits, then nudge the last one */
	while (n > 2 && s[n - 1] == '0')
		n--;
	memmove(s + n + 1, s + strcspn(s, "e"), strlen(s + strcspn(s, "e")) + 1);
	s[n] = '1';
	check_parse(s);
	s[n] = '0';
	if (s[n - 1] > '0' && s[n - 1] != '.') {
		s[n - 1]--;
		s[n] = '9';
		check_parse(s);
	}
}

int main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 3;
	static const char *fixed[] = {
		"0", "-0", "1", "0.1", "1e308", "1.8e308", "1e-324", "2e-324",
		"2.4703282292062327e-324", "2.4703282292062328e-324",
		"2.2250738585072011e-308", "2.2250738585072012e-308",
		"inf", "-Infinity", "infinit", "nan", "-nan", "nan(123)",
		"nan(0x10000000000000000)", "nan(0x10000000000000000z)", "nan(abc", "0x", "0x1p", "0x1.8p3", "0X.8P-1", "0x1p-1075",
		"0x1.fffffffffffff8p1023", "1e", "1e+", ".e1", ".", "-.5",
		"  \t\n12abc", "+-1", "1e99999999999", "1e-99999999999",
		"0.000000000000000000000000000000000000000001e42", "1,5",
		"0x1.000000000000080000000001p0", "3.4028235677973366e38",
		"1.1754942e-38", "1.18973149535723176508e4932",
		"3.64519953188247460253e-4951", "1.82259976594123730126e-4951",
	};
	struct timespec t0, t;
	char s[1024];
	unsigned int i;

	for (i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		check_parse(fixed[i]);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		static const int modes[] = { FE_TONEAREST, FE_UPWARD,
					     FE_DOWNWARD, FE_TOWARDZERO };

		/* one batch in four in a directed rounding mode */
		fesetround(next() % 4 ? FE_TONEAREST : modes[next() % 4]);
		for (i = 0; i < 1000; i++) {
			double d = random_double();
			long double ld;
			uint64_t m = next();

			cases += conv_scanf_round();
			random_conversion();
			random_conversion();
			check_format("%.17g", d);
			check_format("%a", d);
			check_format("%.3e", d);
			check_format("%g", d);
			check_format("%.0f", d);
			if (fabs(d) < 1e20 || next() % 64 == 0)
				check_format("%f", d);
			check_format("%+#.3a", d);
			check_format("%.16e", d);
			check_format("%.1e", d);
			check_format("%.5f", d);
			check_format("%.15g", d);
			if (fabs(d) < 1e30)
				check_format("%.22f", d);
			snprintf(s, sizeof s, "%.17g", d);
			check_parse(s);
			snprintf(s, sizeof s, "%.*g", (int)(next() % 20) + 1, d);
			check_parse(s);
			snprintf(s, sizeof s, "%a", d);
			check_parse(s);
			random_decimal(s);
			check_parse(s);
			if (isfinite(d) && fabs(d) < 1e300)
				halfway(d, s);
			if (i % 16)
				continue;
			memcpy(&ld, &m, 8);
			((unsigned short *)&ld)[4] = (unsigned short)next();
			if (next() % 8)		/* else unnormals too */
				((unsigned char *)&ld)[7] |= 0x80;
			if (next() % 8 == 0)	/* subnormal, pseudo-denormal */
				((unsigned short *)&ld)[4] &= 0x8000;
			check_format_ld("%.25Lg", ld);
			check_format_ld("%La", ld);
			check_format_ld("%.3Le", ld);
			check_format_ld("%.17Lg", ld);
			check_format_ld("%.3La", ld);
			check_format_ld("%#.0La", ld);
			check_format_ld("%.20Le", ld);
			snprintf(s, sizeof s, "%.21Lg", ld);
			check_parse(s);
			snprintf(s, sizeof s, "%La", ld);
			check_parse(s);
			check_format_ld("%Lf", ld);
		}
		clock_gettime(CLOCK_MONOTONIC, &t);
		if (failures || t.tv_sec - t0.tv_sec +
				(t.tv_nsec - t0.tv_nsec) / 1e9 > secs)
			break;
	}
	fesetround(FE_TONEAREST);
	printf("summary: cases=%lld failures=%lld\n", cases, failures);
	return failures != 0;
}
