/*
 * Known answers for the scanf family: every conversion, width, length,
 * '*', %n$, scansets, partial matches, EOF against matching failure, and
 * the unread rest of the input; then fscanf on a stream (the byte that
 * stopped a conversion stays in it), scanf-allocated strings (%ms), and
 * the strtol ranges of each target, and the bits of binary128 long
 * double (aarch64, riscv64) that %Lf and friends store. Each sscanf
 * fills a fixed set of variables whose text (with %a for floating point)
 * is glibc's.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

static int i1, i2, n;
static unsigned int u;
static double d, d2, d3;
static float f, f2;
static long double ld;
static char s1[64], s2[64], c5[6];
static signed char hh;
static short h;
static unsigned short hu;
static long long ll;
static unsigned long long ull;
static size_t sz;
static ptrdiff_t pd;
static intmax_t im;

static void reset(void)
{
	i1 = i2 = n = -7;
	u = 7;
	d = d2 = d3 = -7;
	f = f2 = -7;
	ld = -7;
	strcpy(s1, "-");
	strcpy(s2, "-");
	memcpy(c5, "-----", 6);
	hh = -7;
	h = hu = 7;
	ll = ull = 7;
	sz = 7;
	pd = 7;
	im = 7;
}

/* Every variable as text, after a sscanf that returned r. */
static const char *dump(int r)
{
	static char out[600];

	snprintf(out, sizeof out,
		 "r=%d i1=%d i2=%d n=%d u=%u d=%a d2=%a d3=%a f=%a f2=%a "
		 "ld=%a s1=[%s] s2=[%s] c5=[%s] hh=%d h=%d hu=%u ll=%lld "
		 "ull=%llu sz=%zu pd=%td im=%jd", r, i1, i2, n, u, d, d2, d3,
		 (double)f, (double)f2, (double)ld, s1, s2, c5, hh, h, hu, ll,
		 ull, sz, pd, im);
	return out;
}

/* sscanf with the arguments, then every variable against want. */
#define S(want, ...) do {						\
	int r_;								\
	reset();							\
	r_ = sscanf(__VA_ARGS__);					\
	CHECK_STR(dump(r_), want);					\
} while (0)

static void test_sscanf(void)
{
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "", "%d", &i1);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "  ", "%d", &i1);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "abc", "%d", &i1);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "", "abc%d", &i1);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "ab", "abc%d", &i1);
	S("r=0 i1=-7 i2=-7 n=0 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "", "%n", &n);
	S("r=0 i1=-7 i2=-7 n=0 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "", " %n", &n);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1", "%*d%d", &i1);
	S("r=1 i1=1 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1 ", "%d%d", &i1, &i2);
	S("r=1 i1=1 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1 x", "%d%d", &i1, &i2);
	S("r=1 i1=-7 i2=-7 n=2 u=0 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0xg", "%x%n", &u, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-x", "%d%n", &i1, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=0x1p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x"
	  "1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 "
	  "h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1e+x", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=2 u=7 d=0x1p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x"
	  "1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 "
	  "h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1ex", "%lf%n", &d, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-.x", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=inf d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x1.c"
	  "p+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h=7"
	  " hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "infx", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=9 u=7 d=-inf d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x1."
	  "cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h="
	  "7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-INFINITY!", "%lf%n", &d, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "infinx", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "nan f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h=7"
	  " hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "nan(12)x", "%f%n", &f, &n);
	S("r=1 i1=-7 i2=-7 n=7 u=7 d=0x1.8p+1 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0x1.8p1x", "%lf%n", &d, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0xx", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=0x1.8p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1.5e3", "%3lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[abc--] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "abc", "%5c%n", c5, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[abc--] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "abcdef", "%3c%n", c5, &n);
	S("r=1 i1=-7 i2=-7 n=-7 u=4294967295 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0"
	  "x1.cp+2 f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=["
	  "-----] hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-1", "%u", &u);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=44 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "300", "%hhd", &hh);
	S("r=1 i1=-7 i2=-7 n=4 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "127 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-129", "%hhd%n", &hh, &n);
	S("r=2 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=4464 hu=25536 ll=7 ull=7 sz=7 pd=7 im=7",
	  "70000 -40000", "%hd %hu", &h, &hu);
	S("r=4 i1=31 i2=15 n=10 u=4294967280 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0"
	  "x1.cp+2 f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=["
	  "-----] hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0x1f 017 10 -0x10", "%i %i %i %i", &i1, &i2, &n, &u);
	S("r=1 i1=-7 i2=-7 n=4 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[a]b-] s2=[-] c5=[-----] "
	  "hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "a]b-c", "%[]ab-]%n", s1, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[xyz] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "xyz]", "%[^]]%n", s1, &n);
	S("r=1 i1=-7 i2=-7 n=2 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[a-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "a-z", "%[a-]%n", s1, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "bca", "%[c-a]%n", s1, &n);
	S("r=1 i1=5 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "  %5", "%% %d", &i1);
	S("r=1 i1=5 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "  %5", " %%%d", &i1);
	S("r=1 i1=5 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "5  %", "%d%%", &i1);
	S("r=1 i1=-7 i2=-7 n=5 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[hel] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "  hello world", "%3s%n", s1, &n);
	S("r=2 i1=34 i2=12 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "12 34", "%2$d %1$d", &i1, &i2);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=0x1.8p+0 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1.5", "%f", &f);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "+", "%d", &i1);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "x", "%[a]", s1);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "", "%[a]", s1);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "", "%c", c5);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "   ", "%s", s1);
	S("r=1 i1=5 i2=-7 n=3 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "  5", "%5d%n", &i1, &n);
	S("r=2 i1=12 i2=345 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "12345", "%2d%3d", &i1, &i2);
	S("r=1 i1=-7 i2=-7 n=2 u=0 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0x", "%x%n", &u, &n);
	S("r=1 i1=0 i2=-7 n=2 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0x", "%i%n", &i1, &n);
	S("r=1 i1=0 i2=-7 n=1 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "09", "%i%n", &i1, &n);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=0x1.86ap+16 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] "
	  "hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1e5", "%e", &f);
	S("r=1 i1=12 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "12", "%1$d %1$d", &i1);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "ab", "a b", 0);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "a", "a b", 0);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "a", "a%d", &i1);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-", "%f", &f);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "x", "%*d", 0);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "5", "%*d", 0);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "5 x", "%*d %d", &i1);
	S("r=1 i1=-7 i2=-7 n=4 u=7 d=0x1p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x"
	  "1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 "
	  "h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0x1p", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=2 u=7 d=0x1p-1 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x"
	  "1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 "
	  "h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  ".5", "%lf%n", &d, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  ".", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=2 u=7 d=0x1p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x"
	  "1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 "
	  "h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1.", "%lf%n", &d, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "i", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=nan d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x1.c"
	  "p+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h=7"
	  " hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "nan(", "%lf%n", &d, &n);
	S("r=1 i1=42 i2=-7 n=5 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  " \t\n42\n", "%d%n", &i1, &n);
	S("r=2 i1=42 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[abc] s2=[-] c5=[-----] "
	  "hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "42abc", "%d%s", &i1, s1);
	S("r=2 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[hello] s2=[world] c5=[-"
	  "----] hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "hello, world", "%[^,], %s", s1, s2);
	S("r=2 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[key] s2=[value] c5=[---"
	  "--] hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "key=value", "%[a-z]=%[a-z]", s1, s2);
	S("r=3 i1=2024 i2=12 n=1 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "2024-12-01", "%4d-%2d-%2d", &i1, &i2, &n);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[ ----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "  x", "%c", c5);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[x----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "  x", " %c", c5);
	S("r=3 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[x y--] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "x y", "%c%c%c", c5, c5 + 1, c5 + 2);
	S("r=3 i1=-7 i2=-7 n=-7 u=7 d=0x1.999999999999ap-4 d2=0x0p+0 d3=inf"
	  " f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] "
	  "hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0.1 1e-400 1e400", "%lf %lf %lf", &d, &d2, &d3);
	S("r=2 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=0x1.ff933cp+127 f2=inf ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "3.4e38 3.5e38", "%f %f", &f, &f2);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=inf d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x1."
	  "cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h="
	  "7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0x1.fffffffffffff8p1023", "%lf", &d);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=123456789012 ull=7 sz=7 pd=7 im=7",
	  "123456789012", "%lld", &ll);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=-9223372036854775808 ull=7 sz=7 pd=7 im=7",
	  "-9223372036854775809", "%lld", &ll);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=18446744073709551615 sz=7 pd=7 im=7",
	  "18446744073709551615", "%llu", &ull);
	S("r=1 i1=-7 i2=-7 n=20 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=18446744073709551615 sz=7 pd=7 im=7",
	  "18446744073709551616", "%llx%n", &ull, &n);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=18446744073709551611 sz=7 pd=7 im=7",
	  "-5", "%llu", &ull);
	S("r=3 i1=255 i2=255 n=-7 u=255 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp"
	  "+2 f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----"
	  "] hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "ff FF 0xFf", "%x %X %x", &i1, &i2, &u);
	S("r=2 i1=511 i2=511 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2"
	  " f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] "
	  "hh=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "777 0777", "%o %o", &i1, &i2);
	S("r=1 i1=10 i2=-7 n=2 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "12", "%o%n", &i1, &n);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "8", "%o", &i1);
	S("r=2 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[ab] s2=[c] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "abc", "%2s%s", s1, s2);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "x", "%%", 0);
	S("r=0 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "%", "%%", 0);
	S("r=-1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 "
	  "f=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "", "%%", 0);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[b----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "ab", "%*c%c", c5);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "7", "%zu", &sz);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=-7 im=7",
	  "-7", "%td", &pd);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=-8",
	  "-8", "%jd", &im);
	S("r=2 i1=1 i2=3 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1 2 3", "%d %*d %d", &i1, &i2);
	S("r=2 i1=1 i2=2 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1,2", "%d,%d", &i1, &i2);
	S("r=1 i1=1 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1 ,2", "%d,%d", &i1, &i2);
	S("r=2 i1=1 i2=2 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1 ,2", "%d ,%d", &i1, &i2);
	S("r=1 i1=-7 i2=-7 n=5 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[abc] s2=[-] c5=[-----] h"
	  "h=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "[abc]", "[%[^]]]%n", s1, &n);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x0p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-0", "%lf", &d);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=0x1.4p+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "+.5e+1", "%lf", &d);
	S("r=1 i1=12 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "00012", "%d", &i1);
	S("r=1 i1=-7 i2=-7 n=5 u=7 d=0x0p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x"
	  "1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 "
	  "h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0.000", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=2 u=7 d=0x1p+0 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x"
	  "1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 "
	  "h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1e", "%le%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=3 u=7 d=nan d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x1.c"
	  "p+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h=7"
	  " hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "Nan", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=4 u=7 d=-nan d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x1."
	  "cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h="
	  "7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "-nan", "%lf%n", &d, &n);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=inf d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0x1."
	  "cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h="
	  "7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "INF", "%lf", &d);
	S("r=1 i1=12 i2=-7 n=3 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "12 ", "%d %n", &i1, &n);
	S("r=2 i1=-7 i2=-7 n=-7 u=7 d=0x1.8p+0 d2=0x1.4p+1 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1.5 2.5", "%lg %lG", &d, &d2);
	S("r=2 i1=-7 i2=-7 n=-7 u=7 d=0x1p+0 d2=0x1p+1 d3=-0x1.cp+2 f=-0x1."
	  "cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7 h="
	  "7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "1 2", "%lE %la", &d, &d2);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=0x1p-3 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-0"
	  "x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[-----] hh=-7"
	  " h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "0x1P-3", "%la", &d);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=0x1.4p+2 s1=[-] s2=[-] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "5", "%Lg", &ld);
	S("r=1 i1=-7 i2=-7 n=-7 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f"
	  "=-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[-] s2=[-] c5=[abcd-] hh"
	  "=-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "abcdef", "%4c", c5);
	S("r=2 i1=-7 i2=-7 n=2 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f="
	  "-0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[a] s2=[a] c5=[-----] hh="
	  "-7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "aaa", "%1[a]%1[a]%n", s1, s2, &n);
	S("r=1 i1=2 i2=-7 n=1 u=7 d=-0x1.cp+2 d2=-0x1.cp+2 d3=-0x1.cp+2 f=-"
	  "0x1.cp+2 f2=-0x1.cp+2 ld=-0x1.cp+2 s1=[a] s2=[-] c5=[-----] hh=-"
	  "7 h=7 hu=7 ll=7 ull=7 sz=7 pd=7 im=7",
	  "a b", "%s%n %n", s1, &n, &i1);
}

/* Ranges that follow the target's long, as strtol's do. */
static void test_ranges(void)
{
	int i = 0;
	long l = 0;
	unsigned long ul = 0;

#if __SIZEOF_LONG__ == 8
	CHECK_INT(sscanf("99999999999", "%d", &i), 1);
	CHECK_INT(i, 1215752191);	/* strtol's value, cut to int */
	CHECK_INT(sscanf("99999999999999999999", "%ld", &l), 1);
	CHECK(l == LONG_MAX);
	CHECK_INT(sscanf("-1", "%lu", &ul), 1);
	CHECK(ul == ULONG_MAX);
	CHECK_INT(sscanf("4294967296", "%u", &i), 1);
	CHECK_INT(i, 0);
#else
	CHECK_INT(sscanf("99999999999", "%d", &i), 1);
	CHECK_INT(i, INT_MAX);		/* strtol saturates at LONG_MAX */
	CHECK_INT(sscanf("-99999999999", "%ld", &l), 1);
	CHECK(l == LONG_MIN);
	CHECK_INT(sscanf("4294967296", "%lu", &ul), 1);
	CHECK(ul == ULONG_MAX);
	CHECK_INT(sscanf("4294967296", "%u", &i), 1);
	CHECK_INT(i, -1);		/* ULONG_MAX, cut to unsigned int */
#endif
	{
		void *p = NULL;

		CHECK_INT(sscanf("0x1234", "%p", &p), 1);
		CHECK(p == (void *)0x1234);
	}
}

static void test_alloc(void)
{
	char *a = NULL, *b = NULL, *c = NULL;
	int n = 0;

	CHECK_INT(sscanf("hello [brave] new-world", "%ms [%m[^]]] %mc%n",
			 &a, &b, &c, &n), 3);
	CHECK_STR(a, "hello");
	CHECK_STR(b, "brave");
	CHECK(c && c[0] == 'n');
	CHECK_INT(n, 15);
	free(a);
	free(b);
	free(c);
	a = NULL;
	CHECK_INT(sscanf("  ", "%ms", &a), EOF);
	CHECK(a == NULL);
	{
		static char big[5000];

		memset(big, 'q', sizeof big - 1);
		CHECK_INT(sscanf(big, "%ms", &a), 1);
		CHECK(a && strlen(a) == sizeof big - 1);
		free(a);
	}
}

static void test_wide(void)
{
	int w[8], wc[2] = { 0, 0 };

	memset(w, 0x55, sizeof w);
	CHECK_INT(sscanf("abc d", "%ls %lc", (void *)w, (void *)wc), 2);
	CHECK(w[0] == 'a' && w[1] == 'b' && w[2] == 'c' && w[3] == 0);
	CHECK(wc[0] == 'd');
}

/* fscanf leaves the byte that ended a conversion in the stream. */
static void test_stream(void)
{
	const char *path = "/tmp/bareheap-lib-scanf.txt";
	FILE *f = fopen(path, "w+");
	int a = 0, b = 0, c;
	double d = 0;
	char word[16];

	if (!CHECK(f != NULL))
		return;
	fputs("12abc 3.5e2x\n  -7 rest", f);
	rewind(f);
	CHECK_INT(fscanf(f, "%d", &a), 1);
	CHECK_INT(a, 12);
	c = fgetc(f);
	CHECK_INT(c, 'a');
	CHECK_INT(fscanf(f, "%s %lf", word, &d), 2);
	CHECK_STR(word, "bc");
	CHECK(d == 350.0);
	CHECK_INT(fgetc(f), 'x');
	CHECK_INT(fscanf(f, "%d %d", &a, &b), 1);
	CHECK_INT(a, -7);
	CHECK_INT(fgetc(f), 'r');
	CHECK_INT(fscanf(f, "%s", word), 1);
	CHECK_STR(word, "est");
	CHECK_INT(fscanf(f, "%d", &a), EOF);
	fclose(f);
	remove(path);
}

#if LDBL_MANT_DIG == 113
/* One long double conversion of text: sscanf returns 1, stores hi:lo. */
static void scan_binary128(const char *text, const char *fmt, uint64_t hi,
			   uint64_t lo)
{
	uint64_t b[2];
	long double x = 0;
	int r = sscanf(text, fmt, &x);

	memcpy(b, &x, sizeof b);
	if (!CHECK(r == 1 && b[1] == hi && b[0] == lo))
		printf("     sscanf(\"%s\", \"%s\") = %d, 0x%016llx:%016llx\n",
		       text, fmt, r, (unsigned long long)b[1],
		       (unsigned long long)b[0]);
}

static void test_binary128(void)
{
	scan_binary128("0.1", "%Lf", 0x3ffb999999999999ULL,
		       0x999999999999999aULL);
	scan_binary128("-3.14159265358979323846264338327950288", "%Le",
		       0xc000921fb54442d1ULL, 0x8469898cc51701b8ULL);
	scan_binary128("1e-4950", "%Lg", 0, 0x00057c9647e1a018ULL);
	scan_binary128("1.18973149535723176508575932662800702e4932x", "%LG",
		       0x7ffeffffffffffffULL, 0xffffffffffffffffULL);
	scan_binary128("0x1.00000000000000000000000000018p0", "%La",
		       0x3fff000000000000ULL, 0x0000000000000002ULL);
	scan_binary128("0x1p-16494", "%llf", 0, 1);
	scan_binary128("-nan", "%Lf", 0xffff800000000000ULL, 0);
	scan_binary128("1e4933", "%Lf", 0x7fff000000000000ULL, 0);
}
#endif

int main(void)
{
	test_sscanf();
#if LDBL_MANT_DIG == 113
	test_binary128();
#endif
	test_ranges();
	test_alloc();
	test_wide();
	test_stream();
	return check_done();
}
