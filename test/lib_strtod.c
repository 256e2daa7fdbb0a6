/*
 * Known answers for strtod, strtof, strtold and atof: the bits of the
 * result, the end pointer and errno for each string, as glibc gives them
 * (decimal and hex, halfway cases, overflow, underflow to subnormals and
 * zero, inf, nan and nan(payload), partial and empty matches). The x87
 * long double answers apply on x86 and x86_64; on arm, strtold is strtod.
 */
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static void check_double(const char *s, uint64_t bits, int end, int err)
{
	char *e = NULL;
	uint64_t got;
	double d;

	errno = 0;
	d = strtod(s, &e);
	memcpy(&got, &d, sizeof got);
	if (!CHECK(got == bits && e == s + end && errno == err))
		printf("     strtod(\"%s\"): got 0x%016llx end %d errno %d, "
		       "want 0x%016llx end %d errno %d\n", s,
		       (unsigned long long)got, (int)(e - s), errno,
		       (unsigned long long)bits, end, err);
#if LDBL_MANT_DIG != 64
	{
		long double l;

		errno = 0;
		l = strtold(s, &e);
		d = (double)l;
		memcpy(&got, &d, sizeof got);
		if (!CHECK(got == bits && e == s + end && errno == err))
			printf("     strtold(\"%s\"): got 0x%016llx\n", s,
			       (unsigned long long)got);
	}
#endif
}

static void check_float(const char *s, uint32_t bits, int end, int err)
{
	char *e = NULL;
	uint32_t got;
	float f;

	errno = 0;
	f = strtof(s, &e);
	memcpy(&got, &f, sizeof got);
	if (!CHECK(got == bits && e == s + end && errno == err))
		printf("     strtof(\"%s\"): got 0x%08x end %d errno %d, "
		       "want 0x%08x end %d errno %d\n", s, (unsigned int)got,
		       (int)(e - s), errno, (unsigned int)bits, end, err);
}

#if LDBL_MANT_DIG == 64
static void check_long_double(const char *s, uint64_t m, unsigned int se,
			      int end, int err)
{
	unsigned char b[sizeof(long double)];
	char *e = NULL;
	uint64_t gm;
	unsigned int gse;
	long double l;

	errno = 0;
	l = strtold(s, &e);
	memcpy(b, &l, sizeof b);
	memcpy(&gm, b, 8);
	gse = b[8] | b[9] << 8;
	if (!CHECK(gm == m && gse == se && e == s + end && errno == err))
		printf("     strtold(\"%s\"): got 0x%04x:%016llx end %d errno %d,"
		       " want 0x%04x:%016llx end %d errno %d\n", s, gse,
		       (unsigned long long)gm, (int)(e - s), errno, se,
		       (unsigned long long)m, end, err);
}
#define LD(s, m, se, end, err) check_long_double(s, m, se, end, err)
#else
#define LD(s, m, se, end, err) ((void)0)
#endif

/* A value just below the least normal that rounds up to it is tiny, with
 * ERANGE, where tininess is judged before rounding (ARM); not on x86 and
 * RISC-V, which judge after it. */
#if defined(__i386__) || defined(__x86_64__) || defined(__riscv)
#define ERANGE_BEFORE	0
#else
#define ERANGE_BEFORE	ERANGE
#endif
#define D(s, bits, end, err) check_double(s, bits, end, err)
#define F(s, bits, end, err) check_float(s, bits, end, err)

static void test_known(void)
{
	D("0", 0x0000000000000000ULL, 1, 0);
	F("0", 0x00000000u, 1, 0);
	LD("0", 0x0000000000000000ULL, 0x0000, 1, 0);
	D("-0", 0x8000000000000000ULL, 2, 0);
	F("-0", 0x80000000u, 2, 0);
	LD("-0", 0x0000000000000000ULL, 0x8000, 2, 0);
	D("1", 0x3ff0000000000000ULL, 1, 0);
	F("1", 0x3f800000u, 1, 0);
	LD("1", 0x8000000000000000ULL, 0x3fff, 1, 0);
	D("-1", 0xbff0000000000000ULL, 2, 0);
	F("-1", 0xbf800000u, 2, 0);
	LD("-1", 0x8000000000000000ULL, 0xbfff, 2, 0);
	D("0.1", 0x3fb999999999999aULL, 3, 0);
	F("0.1", 0x3dcccccdu, 3, 0);
	LD("0.1", 0xcccccccccccccccdULL, 0x3ffb, 3, 0);
	D("1e308", 0x7fe1ccf385ebc8a0ULL, 5, 0);
	F("1e308", 0x7f800000u, 5, ERANGE);
	LD("1e308", 0x8e679c2f5e44ff8fULL, 0x43fe, 5, 0);
	D("1.8e308", 0x7ff0000000000000ULL, 7, ERANGE);
	F("1.8e308", 0x7f800000u, 7, ERANGE);
	LD("1.8e308", 0x802a0c91080ae601ULL, 0x43ff, 7, 0);
	D("-1e309", 0xfff0000000000000ULL, 6, ERANGE);
	F("-1e309", 0xff800000u, 6, ERANGE);
	LD("-1e309", 0xb201833b35d63f73ULL, 0xc401, 6, 0);
	D("1e-324", 0x0000000000000000ULL, 6, ERANGE);
	F("1e-324", 0x00000000u, 6, ERANGE);
	LD("1e-324", 0xcf42894a5dce35eaULL, 0x3bca, 6, 0);
	D("2e-324", 0x0000000000000000ULL, 6, ERANGE);
	F("2e-324", 0x00000000u, 6, ERANGE);
	LD("2e-324", 0xcf42894a5dce35eaULL, 0x3bcb, 6, 0);
	D("4.9406564584124654e-324", 0x0000000000000001ULL, 23, ERANGE);
	F("4.9406564584124654e-324", 0x00000000u, 23, ERANGE);
	LD("4.9406564584124654e-324", 0xffffffffffffff64ULL, 0x3bcc, 23, 0);
	D("2.4703282292062327e-324", 0x0000000000000000ULL, 23, ERANGE);
	F("2.4703282292062327e-324", 0x00000000u, 23, ERANGE);
	LD("2.4703282292062327e-324", 0xffffffffffffff64ULL, 0x3bcb, 23, 0);
	D("2.4703282292062328e-324", 0x0000000000000001ULL, 23, ERANGE);
	F("2.4703282292062328e-324", 0x00000000u, 23, ERANGE);
	LD("2.4703282292062328e-324", 0x8000000000000127ULL, 0x3bcc, 23, 0);
	D("2.2250738585072013e-308", 0x0010000000000000ULL, 23, ERANGE_BEFORE);
	D("2.2250738585072011e-308", 0x000fffffffffffffULL, 23, ERANGE);
	F("2.2250738585072011e-308", 0x00000000u, 23, ERANGE);
	LD("2.2250738585072011e-308", 0xfffffffffffff6d5ULL, 0x3c00, 23, 0);
	D("2.2250738585072012e-308", 0x0010000000000000ULL, 23, ERANGE);
	F("2.2250738585072012e-308", 0x00000000u, 23, ERANGE);
	LD("2.2250738585072012e-308", 0xfffffffffffffa12ULL, 0x3c00, 23, 0);
	D("2.2250738585072014e-308", 0x0010000000000000ULL, 23, 0);
	F("2.2250738585072014e-308", 0x00000000u, 23, ERANGE);
	LD("2.2250738585072014e-308", 0x8000000000000046ULL, 0x3c01, 23, 0);
	D("1.7976931348623157e308", 0x7fefffffffffffffULL, 22, 0);
	F("1.7976931348623157e308", 0x7f800000u, 22, ERANGE);
	LD("1.7976931348623157e308", 0xfffffffffffff7acULL, 0x43fe, 22, 0);
	D("1.7976931348623158e308", 0x7fefffffffffffffULL, 22, 0);
	F("1.7976931348623158e308", 0x7f800000u, 22, ERANGE);
	LD("1.7976931348623158e308", 0xfffffffffffffbafULL, 0x43fe, 22, 0);
	D("1.7976931348623159e308", 0x7ff0000000000000ULL, 22, ERANGE);
	F("1.7976931348623159e308", 0x7f800000u, 22, ERANGE);
	LD("1.7976931348623159e308", 0xffffffffffffffb1ULL, 0x43fe, 22, 0);
	D("inf", 0x7ff0000000000000ULL, 3, 0);
	F("inf", 0x7f800000u, 3, 0);
	LD("inf", 0x8000000000000000ULL, 0x7fff, 3, 0);
	D("-Infinity", 0xfff0000000000000ULL, 9, 0);
	F("-Infinity", 0xff800000u, 9, 0);
	LD("-Infinity", 0x8000000000000000ULL, 0xffff, 9, 0);
	D("INFINITY", 0x7ff0000000000000ULL, 8, 0);
	F("INFINITY", 0x7f800000u, 8, 0);
	LD("INFINITY", 0x8000000000000000ULL, 0x7fff, 8, 0);
	D("infinit", 0x7ff0000000000000ULL, 3, 0);
	F("infinit", 0x7f800000u, 3, 0);
	LD("infinit", 0x8000000000000000ULL, 0x7fff, 3, 0);
	D("nan", 0x7ff8000000000000ULL, 3, 0);
	F("nan", 0x7fc00000u, 3, 0);
	LD("nan", 0xc000000000000000ULL, 0x7fff, 3, 0);
	D("-nan", 0xfff8000000000000ULL, 4, 0);
	F("-nan", 0xffc00000u, 4, 0);
	LD("-nan", 0xc000000000000000ULL, 0xffff, 4, 0);
	D("NaN(123)", 0x7ff800000000007bULL, 8, 0);
	F("NaN(123)", 0x7fc0007bu, 8, 0);
	LD("NaN(123)", 0xc00000000000007bULL, 0x7fff, 8, 0);
	/* a payload beyond 64 bits is all ones, and ERANGE as strtoull's */
	D("nan(0x10000000000000000)", 0x7fffffffffffffffULL, 24, ERANGE);
	F("nan(0x10000000000000000)", 0x7fffffffu, 24, ERANGE);
	D("-nan(0x10000000000000000z)", 0xfff8000000000000ULL, 26, ERANGE);
	F("-nan(0x10000000000000000z)", 0xffc00000u, 26, ERANGE);
	D("nan(0x1f)", 0x7ff800000000001fULL, 9, 0);
	F("nan(0x1f)", 0x7fc0001fu, 9, 0);
	LD("nan(0x1f)", 0xc00000000000001fULL, 0x7fff, 9, 0);
	D("nan(abc", 0x7ff8000000000000ULL, 3, 0);
	F("nan(abc", 0x7fc00000u, 3, 0);
	LD("nan(abc", 0xc000000000000000ULL, 0x7fff, 3, 0);
	D("nan()", 0x7ff8000000000000ULL, 5, 0);
	F("nan()", 0x7fc00000u, 5, 0);
	LD("nan()", 0xc000000000000000ULL, 0x7fff, 5, 0);
	D("nanx", 0x7ff8000000000000ULL, 3, 0);
	F("nanx", 0x7fc00000u, 3, 0);
	LD("nanx", 0xc000000000000000ULL, 0x7fff, 3, 0);
	D("0x", 0x0000000000000000ULL, 1, 0);
	F("0x", 0x00000000u, 1, 0);
	LD("0x", 0x0000000000000000ULL, 0x0000, 1, 0);
	D("0xg", 0x0000000000000000ULL, 1, 0);
	F("0xg", 0x00000000u, 1, 0);
	LD("0xg", 0x0000000000000000ULL, 0x0000, 1, 0);
	D("0x1p", 0x3ff0000000000000ULL, 3, 0);
	F("0x1p", 0x3f800000u, 3, 0);
	LD("0x1p", 0x8000000000000000ULL, 0x3fff, 3, 0);
	D("0x1.8p3", 0x4028000000000000ULL, 7, 0);
	F("0x1.8p3", 0x41400000u, 7, 0);
	LD("0x1.8p3", 0xc000000000000000ULL, 0x4002, 7, 0);
	D("0X.8P-1", 0x3fd0000000000000ULL, 7, 0);
	F("0X.8P-1", 0x3e800000u, 7, 0);
	LD("0X.8P-1", 0x8000000000000000ULL, 0x3ffd, 7, 0);
	D("0x1p-1075", 0x0000000000000000ULL, 9, ERANGE);
	F("0x1p-1075", 0x00000000u, 9, ERANGE);
	LD("0x1p-1075", 0x8000000000000000ULL, 0x3bcc, 9, 0);
	D("0x1p-1074", 0x0000000000000001ULL, 9, 0);
	F("0x1p-1074", 0x00000000u, 9, ERANGE);
	LD("0x1p-1074", 0x8000000000000000ULL, 0x3bcd, 9, 0);
	D("0x1.fffffffffffff8p1023", 0x7ff0000000000000ULL, 23, ERANGE);
	F("0x1.fffffffffffff8p1023", 0x7f800000u, 23, ERANGE);
	LD("0x1.fffffffffffff8p1023", 0xfffffffffffffc00ULL, 0x43fe, 23, 0);
	D("0x1.fffffffffffff7ffp1023", 0x7fefffffffffffffULL, 25, 0);
	F("0x1.fffffffffffff7ffp1023", 0x7f800000u, 25, ERANGE);
	LD("0x1.fffffffffffff7ffp1023", 0xfffffffffffffc00ULL, 0x43fe, 25, 0);
	D("0x1.0000000000000800000000001p0", 0x3ff0000000000001ULL, 31, 0);
	F("0x1.0000000000000800000000001p0", 0x3f800000u, 31, 0);
	LD("0x1.0000000000000800000000001p0", 0x8000000000000400ULL, 0x3fff, 31, 0);
	D("0x1.00000000000008p0", 0x3ff0000000000000ULL, 20, 0);
	F("0x1.00000000000008p0", 0x3f800000u, 20, 0);
	LD("0x1.00000000000008p0", 0x8000000000000400ULL, 0x3fff, 20, 0);
	D("0x1.00000000000018p0", 0x3ff0000000000002ULL, 20, 0);
	F("0x1.00000000000018p0", 0x3f800000u, 20, 0);
	LD("0x1.00000000000018p0", 0x8000000000000c00ULL, 0x3fff, 20, 0);
	D("-0x1.8", 0xbff8000000000000ULL, 6, 0);
	F("-0x1.8", 0xbfc00000u, 6, 0);
	LD("-0x1.8", 0xc000000000000000ULL, 0xbfff, 6, 0);
	D("0x.", 0x0000000000000000ULL, 1, 0);
	F("0x.", 0x00000000u, 1, 0);
	LD("0x.", 0x0000000000000000ULL, 0x0000, 1, 0);
	D("0x1.", 0x3ff0000000000000ULL, 4, 0);
	F("0x1.", 0x3f800000u, 4, 0);
	LD("0x1.", 0x8000000000000000ULL, 0x3fff, 4, 0);
	D("0x.1", 0x3fb0000000000000ULL, 4, 0);
	F("0x.1", 0x3d800000u, 4, 0);
	LD("0x.1", 0x8000000000000000ULL, 0x3ffb, 4, 0);
	D("1e", 0x3ff0000000000000ULL, 1, 0);
	F("1e", 0x3f800000u, 1, 0);
	LD("1e", 0x8000000000000000ULL, 0x3fff, 1, 0);
	D("1e+", 0x3ff0000000000000ULL, 1, 0);
	F("1e+", 0x3f800000u, 1, 0);
	LD("1e+", 0x8000000000000000ULL, 0x3fff, 1, 0);
	D("1e-x", 0x3ff0000000000000ULL, 1, 0);
	F("1e-x", 0x3f800000u, 1, 0);
	LD("1e-x", 0x8000000000000000ULL, 0x3fff, 1, 0);
	D(".e1", 0x0000000000000000ULL, 0, 0);
	F(".e1", 0x00000000u, 0, 0);
	LD(".e1", 0x0000000000000000ULL, 0x0000, 0, 0);
	D(".", 0x0000000000000000ULL, 0, 0);
	F(".", 0x00000000u, 0, 0);
	LD(".", 0x0000000000000000ULL, 0x0000, 0, 0);
	D("-.5", 0xbfe0000000000000ULL, 3, 0);
	F("-.5", 0xbf000000u, 3, 0);
	LD("-.5", 0x8000000000000000ULL, 0xbffe, 3, 0);
	D("5.", 0x4014000000000000ULL, 2, 0);
	F("5.", 0x40a00000u, 2, 0);
	LD("5.", 0xa000000000000000ULL, 0x4001, 2, 0);
	D("  \t\n12abc", 0x4028000000000000ULL, 6, 0);
	F("  \t\n12abc", 0x41400000u, 6, 0);
	LD("  \t\n12abc", 0xc000000000000000ULL, 0x4002, 6, 0);
	D("+-1", 0x0000000000000000ULL, 0, 0);
	F("+-1", 0x00000000u, 0, 0);
	LD("+-1", 0x0000000000000000ULL, 0x0000, 0, 0);
	D("- 1", 0x0000000000000000ULL, 0, 0);
	F("- 1", 0x00000000u, 0, 0);
	LD("- 1", 0x0000000000000000ULL, 0x0000, 0, 0);
	D("1e99999999999", 0x7ff0000000000000ULL, 13, ERANGE);
	F("1e99999999999", 0x7f800000u, 13, ERANGE);
	LD("1e99999999999", 0x8000000000000000ULL, 0x7fff, 13, ERANGE);
	D("1e-99999999999", 0x0000000000000000ULL, 14, ERANGE);
	F("1e-99999999999", 0x00000000u, 14, ERANGE);
	LD("1e-99999999999", 0x0000000000000000ULL, 0x0000, 14, ERANGE);
	D("0.000000000000000000000000000000000000000001e42", 0x3ff0000000000000ULL, 47, 0);
	F("0.000000000000000000000000000000000000000001e42", 0x3f800000u, 47, 0);
	LD("0.000000000000000000000000000000000000000001e42", 0x8000000000000000ULL, 0x3fff, 47, 0);
	D("1,5", 0x3ff0000000000000ULL, 1, 0);
	F("1,5", 0x3f800000u, 1, 0);
	LD("1,5", 0x8000000000000000ULL, 0x3fff, 1, 0);
	D("123456789012345678901234567890", 0x45f8ee90ff6c373eULL, 30, 0);
	F("123456789012345678901234567890", 0x6fc77488u, 30, 0);
	LD("123456789012345678901234567890", 0xc77487fb61b9f077ULL, 0x405f, 30, 0);
	D("9007199254740993", 0x4340000000000000ULL, 16, 0);
	F("9007199254740993", 0x5a000000u, 16, 0);
	LD("9007199254740993", 0x8000000000000400ULL, 0x4034, 16, 0);
	D("9007199254740992.5", 0x4340000000000000ULL, 18, 0);
	F("9007199254740992.5", 0x5a000000u, 18, 0);
	LD("9007199254740992.5", 0x8000000000000200ULL, 0x4034, 18, 0);
	D("9007199254740993.0000000000000000000000000001", 0x4340000000000001ULL, 45, 0);
	F("9007199254740993.0000000000000000000000000001", 0x5a000000u, 45, 0);
	LD("9007199254740993.0000000000000000000000000001", 0x8000000000000400ULL, 0x4034, 45, 0);
	D("3.4028235677973366e38", 0x47effffff0000000ULL, 21, 0);
	F("3.4028235677973366e38", 0x7f7fffffu, 21, 0);
	LD("3.4028235677973366e38", 0xffffff7fffffffa7ULL, 0x407e, 21, 0);
	D("3.4028234663852886e38", 0x47efffffe0000000ULL, 21, 0);
	F("3.4028234663852886e38", 0x7f7fffffu, 21, 0);
	LD("3.4028234663852886e38", 0xffffff000000000aULL, 0x407e, 21, 0);
	D("1.1754942e-38", 0x380fffffbb1dd6a1ULL, 13, 0);
	F("1.1754942e-38", 0x007fffffu, 13, ERANGE);
	LD("1.1754942e-38", 0xfffffdd8eeb5053cULL, 0x3f80, 13, 0);
	D("1e-45", 0x3696d601ad376ab9ULL, 5, 0);
	F("1e-45", 0x00000001u, 5, ERANGE);
	LD("1e-45", 0xb6b00d69bb55c8d1ULL, 0x3f69, 5, 0);
	D("7e-46", 0x368ff868bf4d956aULL, 5, 0);
	F("7e-46", 0x00000000u, 5, ERANGE);
	LD("7e-46", 0xffc345fa6cab4c58ULL, 0x3f68, 5, 0);
	D("1.4e-45", 0x369ff868bf4d956aULL, 7, 0);
	F("1.4e-45", 0x00000001u, 7, ERANGE);
	LD("1.4e-45", 0xffc345fa6cab4c58ULL, 0x3f69, 7, 0);
	D("1.18973149535723176508e4932", 0x7ff0000000000000ULL, 27, ERANGE);
	F("1.18973149535723176508e4932", 0x7f800000u, 27, ERANGE);
	LD("1.18973149535723176508e4932", 0x8000000000000000ULL, 0x7fff, 27, ERANGE);
	D("3.64519953188247460253e-4951", 0x0000000000000000ULL, 28, ERANGE);
	F("3.64519953188247460253e-4951", 0x00000000u, 28, ERANGE);
	LD("3.64519953188247460253e-4951", 0x0000000000000001ULL, 0x0000, 28, ERANGE);
	D("1.82259976594123730126e-4951", 0x0000000000000000ULL, 28, ERANGE);
	F("1.82259976594123730126e-4951", 0x00000000u, 28, ERANGE);
	LD("1.82259976594123730126e-4951", 0x0000000000000000ULL, 0x0000, 28, ERANGE);
	D("1.8225997659412373013e-4951", 0x0000000000000000ULL, 27, ERANGE);
	F("1.8225997659412373013e-4951", 0x00000000u, 27, ERANGE);
	LD("1.8225997659412373013e-4951", 0x0000000000000001ULL, 0x0000, 27, ERANGE);
	D("1e-4951", 0x0000000000000000ULL, 7, ERANGE);
	F("1e-4951", 0x00000000u, 7, ERANGE);
	LD("1e-4951", 0x0000000000000000ULL, 0x0000, 7, ERANGE);
	D("1e4933", 0x7ff0000000000000ULL, 6, ERANGE);
	F("1e4933", 0x7f800000u, 6, ERANGE);
	LD("1e4933", 0x8000000000000000ULL, 0x7fff, 6, ERANGE);
	D("0.5", 0x3fe0000000000000ULL, 3, 0);
	F("0.5", 0x3f000000u, 3, 0);
	LD("0.5", 0x8000000000000000ULL, 0x3ffe, 3, 0);
	D("1.5", 0x3ff8000000000000ULL, 3, 0);
	F("1.5", 0x3fc00000u, 3, 0);
	LD("1.5", 0xc000000000000000ULL, 0x3fff, 3, 0);
	D("2.5", 0x4004000000000000ULL, 3, 0);
	F("2.5", 0x40200000u, 3, 0);
	LD("2.5", 0xa000000000000000ULL, 0x4000, 3, 0);
	D("1e23", 0x44b52d02c7e14af6ULL, 4, 0);
	F("1e23", 0x65a96816u, 4, 0);
	LD("1e23", 0xa968163f0a57b400ULL, 0x404b, 4, 0);
	D("8.589973e9", 0x42000004b0400000ULL, 10, 0);
	F("8.589973e9", 0x50000026u, 10, 0);
	LD("8.589973e9", 0x8000258200000000ULL, 0x4020, 10, 0);
	D("0e999999", 0x0000000000000000ULL, 8, 0);
	F("0e999999", 0x00000000u, 8, 0);
	LD("0e999999", 0x0000000000000000ULL, 0x0000, 8, 0);
	D("000000000000000000000000001", 0x3ff0000000000000ULL, 27, 0);
	F("000000000000000000000000001", 0x3f800000u, 27, 0);
	LD("000000000000000000000000001", 0x8000000000000000ULL, 0x3fff, 27, 0);
	D("0.0000000000000000000000000000000000000000000000001", 0x35c2b50c6ec4f313ULL, 51, 0);
	F("0.0000000000000000000000000000000000000000000000001", 0x00000000u, 51, ERANGE);
	LD("0.0000000000000000000000000000000000000000000000001", 0x95a8637627989aaeULL, 0x3f5c, 51, 0);
	D("1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", 0x3ff0000000000000ULL, 101, 0);
	F("1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", 0x3f800000u, 101, 0);
	LD("1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", 0x8000000000000000ULL, 0x3fff, 101, 0);
	D("4.4501477170144023e-308", 0x001fffffffffffffULL, 23, 0);
	F("4.4501477170144023e-308", 0x00000000u, 23, ERANGE);
	LD("4.4501477170144023e-308", 0xfffffffffffff874ULL, 0x3c01, 23, 0);
	D("2.225073858507201136057409796709131975934819546351645648e-308", 0x000fffffffffffffULL, 61, ERANGE);
	F("2.225073858507201136057409796709131975934819546351645648e-308", 0x00000000u, 61, ERANGE);
	LD("2.225073858507201136057409796709131975934819546351645648e-308", 0xfffffffffffff800ULL, 0x3c00, 61, 0);
	D("6.9294956446009195e15", 0x43389e56ee5e7a58ULL, 21, 0);
	F("6.9294956446009195e15", 0x59c4f2b7u, 21, 0);
	LD("6.9294956446009195e15", 0xc4f2b772f3d2bc00ULL, 0x4033, 21, 0);
	D("12345e-3", 0x4028b0a3d70a3d71ULL, 8, 0);
	F("12345e-3", 0x4145851fu, 8, 0);
	LD("12345e-3", 0xc5851eb851eb851fULL, 0x4002, 8, 0);
	D("  -0x1P+2X", 0xc010000000000000ULL, 9, 0);
	F("  -0x1P+2X", 0xc0800000u, 9, 0);
	LD("  -0x1P+2X", 0x8000000000000000ULL, 0xc001, 9, 0);
	D("1E2", 0x4059000000000000ULL, 3, 0);
	F("1E2", 0x42c80000u, 3, 0);
	LD("1E2", 0xc800000000000000ULL, 0x4005, 3, 0);
	D("1e+2", 0x4059000000000000ULL, 4, 0);
	F("1e+2", 0x42c80000u, 4, 0);
	LD("1e+2", 0xc800000000000000ULL, 0x4005, 4, 0);
	D("1e-2", 0x3f847ae147ae147bULL, 4, 0);
	F("1e-2", 0x3c23d70au, 4, 0);
	LD("1e-2", 0xa3d70a3d70a3d70aULL, 0x3ff8, 4, 0);
	D("-1e-400", 0x8000000000000000ULL, 7, ERANGE);
	F("-1e-400", 0x80000000u, 7, ERANGE);
	LD("-1e-400", 0x95fe7e07c91efafaULL, 0xbace, 7, 0);
}

static void test_misc(void)
{
	static char many[3000];
	char *e;

	CHECK(atof("2.5e1xyz") == 25.0);
	CHECK(atof("junk") == 0.0);
	/* no number: the end is the start, even after space and a sign */
	CHECK(strtod("  +x", &e) == 0.0 && e[0] == ' ');
	/* a long run of digits that only the last one decides: 0.5 ulp
	 * above 1, then a nonzero digit far away rounds up */
	memset(many, '0', sizeof many - 1);
	memcpy(many, "1.00000000000000011102230246251565404236316680908203125",
	       55);
	CHECK(strtod(many, &e) == 1.0 && *e == 0);
	many[sizeof many - 2] = '1';
	CHECK(strtod(many, &e) == 1.0000000000000002 && *e == 0);
	/* NULL end pointer is allowed */
	CHECK(strtod("7", NULL) == 7.0);
}

int main(void)
{
	test_known();
	test_misc();
	return check_done();
}
