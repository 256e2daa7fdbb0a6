/*
 * bareheap's long double conversions for IEEE binary128 (the long double
 * of aarch64 and riscv64) against glibc's _Float128 ones, on the host:
 * lib/ is built with -mlong-double-128, which makes its long double the
 * host's _Float128, and compared with strfromf128 (printf's %a %e %f %g)
 * and strtof128, over random bit patterns (every exponent, subnormals,
 * infinities, NaNs with payloads), random decimal and hex strings, and
 * the exact midpoints between neighbours, in all four rounding modes.
 *   conv128 [SECONDS]   as conv: "summary: cases=N failures=F", exit 1
 *                       after the first few differences, each printed.
 */
#define __STDC_WANT_IEC_60559_TYPES_EXT__ 1
#include <errno.h>
#include <fenv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "test/host/conv_check.h"

/* bareheap's side, built with -mlong-double-128 (scripts/host-conv). */
_Float128 bh_strtold(const char *s, char **end);
int bh_sscanf(const char *s, const char *fmt, ...);
int bh_errno;		/* scanf's errno, renamed */

typedef unsigned __int128 u128;

static _Float128 from_bits(u128 b)
{
	_Float128 x;

	memcpy(&x, &b, sizeof x);
	return x;
}

static u128 to_bits(_Float128 x)
{
	u128 b;

	memcpy(&b, &x, sizeof b);
	return b;
}

#define FRAC	(((u128)1 << 112) - 1)
#define EXP(b)	((int)((b) >> 112 & 0x7fff))

/* binary128 values from bit patterns, biased toward the interesting ones. */
static _Float128 random_value(void)
{
	u128 b = (u128)next() << 64 | next(), sign = b & (u128)1 << 127;

	switch (next() % 12) {
	case 0: b = sign | (b & FRAC); break;			/* subnormal */
	case 1: b = sign | (b & FRAC) >> (next() % 113); break;
	case 2: b = sign | (u128)0x7fff << 112 | (b & FRAC) >> (next() % 113);
		break;						/* inf, nan */
	case 3: b &= ~FRAC | (next() % 64); break;		/* short */
	case 4: b = (b & ~FRAC) | (FRAC - next() % 4); break;
	case 5: b = sign | (u128)(16383 + next() % 128 - 64) << 112 | (b & FRAC);
		break;
	case 6: b = sign | (u128)(next() % 3) << 112 | (b & FRAC); break;
	case 7: b = sign | (u128)(0x7ffe - next() % 3) << 112 | (b & FRAC);
		break;
	default: break;
	}
	return from_bits(b);
}

static long long cases, failures;

static void differ(const char *what, _Float128 x, const char *input,
		   const char *want, const char *got)
{
	u128 b = to_bits(x);

	if (failures++ < 10)
		printf("      BAD %s of %s (%016llx%016llx): glibc \"%s\", "
		       "bareheap \"%s\"\n", what, input,
		       (unsigned long long)(b >> 64), (unsigned long long)b,
		       want, got);
}

static char want[20000], got[20000];

/* printf's conversion c at precision prec (-1: none) of x. */
static void check_format(char c, int prec, _Float128 x)
{
	char f1[16], f2[16];
	int a, b;

	if (prec < 0) {
		snprintf(f1, sizeof f1, "%%%c", c);
		snprintf(f2, sizeof f2, "%%L%c", c);
	} else {
		snprintf(f1, sizeof f1, "%%.%d%c", prec, c);
		snprintf(f2, sizeof f2, "%%.%dL%c", prec, c);
	}
	a = strfromf128(want, sizeof want, f1, x);
	b = bh_snprintf(got, sizeof got, f2, x);
	cases++;
	if (a != b || strcmp(want, got))
		differ(f2, x, "", want, got);
}

/* strtold and sscanf's %Lf of s against strtof128: the bits, errno, end. */
static void check_parse(const char *s)
{
	char *e1, *e2, fmt[32];
	int err1, err2, n = -1, r;
	_Float128 a, b, c = 0;

	cases++;
	errno = 0;
	a = strtof128(s, &e1);
	err1 = errno;
	errno = 0;
	b = bh_strtold(s, &e2);
	err2 = errno;
	if (memcmp(&a, &b, sizeof a) || e1 != e2 || err1 != err2) {
		u128 ba = to_bits(a), bb = to_bits(b);

		snprintf(want, 128, "%016llx%016llx end+%d errno %d",
			 (unsigned long long)(ba >> 64), (unsigned long long)ba,
			 (int)(e1 - s), err1);
		snprintf(got, 128, "%016llx%016llx end+%d errno %d",
			 (unsigned long long)(bb >> 64), (unsigned long long)bb,
			 (int)(e2 - s), err2);
		differ("strtold", a, s, want, got);
	}
	/* scanf takes what strtod takes, but for a "nan(...)" tail */
	if (e1 == s || strchr(s, '('))
		return;
	cases++;
	snprintf(fmt, sizeof fmt, "%%%dLf%%n", (int)(e1 - s));
	r = bh_sscanf(s, fmt, &c, &n);
	if (r != 1 || memcmp(&a, &c, sizeof a) || n != (int)(e1 - s)) {
		strfromf128(want, 64, "%a", a);
		strfromf128(got, 64, "%a", c);
		snprintf(got + strlen(got), 64, " r=%d n=%d", r, n);
		differ("sscanf %Lf", a, s, want, got);
	}
}

/* A random decimal string: digits, maybe a point, maybe an exponent. */
static void random_decimal(char *s)
{
	int n = 1 + (int)(next() % (next() % 8 ? 40 : 90)), i, k = 0, point = 0;

	if (next() % 4 == 0)
		s[k++] = next() % 2 ? '-' : '+';
	for (i = 0; i < n; i++) {
		if (!point && next() % (unsigned)(n + 1) == 0) {
			s[k++] = '.';
			point = 1;
		}
		s[k++] = (char)('0' + (next() % 3 ? next() % 10 : 9 * (next() % 2)));
	}
	if (next() % 2)
		k += sprintf(s + k, "e%d", (int)(next() % 10000) - 5000);
	s[k] = 0;
}

/* A random hex string of up to 40 digits with a binary exponent. */
static void random_hex(char *s)
{
	int n = 1 + (int)(next() % 40), i, k = 0;

	k += sprintf(s, "%s0x", next() % 2 ? "-" : "");
	for (i = 0; i < n; i++) {
		if (i == 1 && next() % 2)
			s[k++] = '.';
		s[k++] = "0123456789abcdef"[next() % (next() % 4 ? 16 : 2)];
	}
	sprintf(s + k, "p%d", (int)(next() % 33000) - 16500);
}

/*
 * The exact decimal of the midpoint between x > 0 and the next value up,
 * as x's exact digits plus those of half its ulp (a power of two), added
 * here digit by digit; then the same cut one unit either way.
 */
static void halfway(_Float128 x, char *s, size_t room)
{
	static char a[12000], h[12000];
	static signed char sum[30000];
	u128 b = to_bits(x);
	int ea, eh, lo, hi, i, w, carry = 0, exp = EXP(b) ? EXP(b) : 1;
	size_t k = 0, last;
	char *p;

	if (exp - 16383 - 113 < -16494)		/* half an ulp is not a value */
		return;
	strfromf128(a, sizeof a, "%.11700e", x);
	/* half an ulp: 2^(exp - 16383 - 113), normal or subnormal */
	strfromf128(h, sizeof h, "%.11700e",
		    from_bits(exp > 113 ? (u128)(exp - 113) << 112
					: (u128)1 << (exp - 2)));
	ea = atoi(strchr(a, 'e') + 1);
	eh = atoi(strchr(h, 'e') + 1);
	hi = (ea > eh ? ea : eh) + 1;
	lo = (ea < eh ? ea : eh) - 11700;
	memset(sum, 0, (size_t)(hi - lo + 1));
	for (p = a, w = ea; *p != 'e'; p++)
		if (*p != '.')
			sum[w-- - lo] += (signed char)(*p - '0');
	for (p = h, w = eh; *p != 'e'; p++)
		if (*p != '.')
			sum[w-- - lo] += (signed char)(*p - '0');
	for (i = 0; i <= hi - lo; i++) {
		sum[i] = (signed char)(sum[i] + carry);
		carry = sum[i] >= 10;
		if (carry)
			sum[i] = (signed char)(sum[i] - 10);
	}
	for (w = hi; w > lo && !sum[w - lo]; w--)
		;
	for (i = lo; i < w && !sum[i - lo]; i++)
		;
	s[k++] = (char)('0' + sum[w - lo]);
	s[k++] = '.';
	for (hi = w - 1; hi >= i && k + 16 < room; hi--)
		s[k++] = (char)('0' + sum[hi - lo]);
	last = k - 1;
	snprintf(s + k, room - k, "e%d", w);
	check_parse(s);
	if (s[last] == '.')
		return;
	if (s[last] < '9') {
		s[last]++;
		check_parse(s);
		s[last]--;
	}
	if (s[last] > '0') {
		s[last]--;
		check_parse(s);
	}
}

int main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 3;
	static const char *fixed[] = {
		"0", "-0", "1", "0.1", "1e4932", "1.2e4932", "1e-4966",
		"6.475175119438025110924438958227646552e-4966",
		"3.2375875597190125554622194791138232762e-4966",
		"3.2375875597190125554622194791138232763e-4966",
		"3.3621031431120935062626778173217526e-4932",
		"1.18973149535723176508575932662800702e4932",
		"1.18973149535723176508575932662800707e4932",
		"inf", "-Infinity", "nan", "-nan", "nan(123)", "nan(0x1234)",
		"-nan(0xffffffffffffffff)", "nan(0x10000000000000000)",
		"nan(077)", "nan(abc)", "nan(", "nan(0x10000000000000000z)",
		"nan(099)", "nan(0x)", "nan(0xg)", "0x1p-16494", "0x1p-16495",
		"0x1.8p-16495", "0x1.ffffffffffffffffffffffffffff8p16383",
		"0x1.ffffffffffffffffffffffffffff7p16383", "0x1p16384",
		"0x1.0000000000000000000000000000080000000001p0",
		"0x.8p-16493", "1e-99999999999", "1e99999999999", "0x", "1e+",
	};
	static const char convs[] = "aeEfgGA";
	static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD,
				     FE_TOWARDZERO };
	static char s[12100];
	char f[16];
	struct timespec t0, t;
	unsigned int i, m;

	for (m = 0; m < 4; m++) {
		fesetround(modes[m]);
		for (i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
			check_parse(fixed[i]);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		/* one batch in two in a directed rounding mode */
		fesetround(next() % 2 ? FE_TONEAREST : modes[next() % 4]);
		for (i = 0; i < 200; i++) {
			_Float128 x = random_value();
			char c = convs[next() % (sizeof convs - 1)];
			int prec = (int)(next() % 40) - 1;

			if (c == 'f' && EXP(to_bits(x)) > 16383 + 400 &&
			    next() % 8)
				c = 'e';
			check_format(c, prec, x);
			check_format('a', -1, x);
			check_format('a', (int)(next() % 30), x);
			check_format('e', (int)(next() % 40), x);
			check_format('g', (int)(next() % 40), x);
			check_format('e', 35, x);
			strfromf128(s, sizeof s, "%.36g", x);
			check_parse(s);
			snprintf(f, sizeof f, "%%.%dg", (int)(next() % 40) + 1);
			strfromf128(s, sizeof s, f, x);
			check_parse(s);
			strfromf128(s, sizeof s, "%a", x);
			check_parse(s);
			random_decimal(s);
			check_parse(s);
			random_hex(s);
			check_parse(s);
			/* and, being slow, one midpoint in eight */
			if (i % 8 == 0 && EXP(to_bits(x)) != 0x7fff && x != 0)
				halfway(x < 0 ? -x : x, s, sizeof s);
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
