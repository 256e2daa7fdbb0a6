/*
 * printf and strtod in each rounding direction (fesetround): the decimal
 * and hex conversions round the exact value the current way, and strtod,
 * strtof round once and overflow to the largest finite value where the
 * direction says so. Expected answers are glibc's.
 */
#include <errno.h>
#include <fenv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static char buf[512];

#define P(want, ...) do {						\
	snprintf(buf, sizeof buf, __VA_ARGS__);				\
	CHECK_STR(buf, want);						\
} while (0)

static void check_parse(const char *s, uint64_t bits, int err,
			uint32_t fbits, int ferr)
{
	uint64_t got;
	uint32_t fgot;
	double d;
	float f;

	errno = 0;
	d = strtod(s, NULL);
	memcpy(&got, &d, sizeof got);
	if (!CHECK(got == bits && errno == err))
		printf("     strtod(\"%s\") = 0x%016llx errno %d\n", s,
		       (unsigned long long)got, errno);
	errno = 0;
	f = strtof(s, NULL);
	memcpy(&fgot, &f, sizeof fgot);
	if (!CHECK(fgot == fbits && errno == ferr))
		printf("     strtof(\"%s\") = 0x%08x errno %d\n", s,
		       (unsigned int)fgot, errno);
}

#define R(s, bits, err, fbits, ferr) check_parse(s, bits, err, fbits, ferr)

int main(void)
{
	CHECK_INT(fesetround(FE_TONEAREST), 0);
	P("2 -2 0 2", "%.0f %.0f %.0f %.0f", 2.5, -2.5, 0.5, 1.5);
	P("0.2 0.3 -0.12", "%.1f %.1f %.2f", 0.25, 0.35, -0.125);
	P("1.000e+00 0.10000000000000001 -0.10000000000000001", "%.3e %.17g %.17g", 1.0005, 0.1, -0.1);
	P("0x2p+0 -0x2p+0 0x1.0p+0", "%.0a %.0a %.1a", 1.5, -1.5, 1.03125);
	P("0 -0 2.001", "%.0f %.0f %.3f", 1e-300, -1e-300, 2.0005);
	P("1.23457e+06 -1.23457e-05", "%g %g", 1234567.0, -0.00001234567);
	P("5e-324 2e+308", "%.0e %.0e", 5e-324, 1.7976931348623157e308);
	P("0.33333333333333331483", "%.20f", 1.0/3);
	R("0.1", 0x3fb999999999999aULL, 0, 0x3dcccccdu, 0);
	R("-0.1", 0xbfb999999999999aULL, 0, 0xbdcccccdu, 0);
	R("1e400", 0x7ff0000000000000ULL, ERANGE, 0x7f800000u, ERANGE);
	R("-1e400", 0xfff0000000000000ULL, ERANGE, 0xff800000u, ERANGE);
	R("1e-400", 0x0000000000000000ULL, ERANGE, 0x00000000u, ERANGE);
	R("-1e-400", 0x8000000000000000ULL, ERANGE, 0x80000000u, ERANGE);
	R("2.4703282292062328e-324", 0x0000000000000001ULL, ERANGE, 0x00000000u, ERANGE);
	R("-2.4703282292062328e-324", 0x8000000000000001ULL, ERANGE, 0x80000000u, ERANGE);
	R("0x1.00000000000008p0", 0x3ff0000000000000ULL, 0, 0x3f800000u, 0);
	R("0x1.00000000000018p0", 0x3ff0000000000002ULL, 0, 0x3f800000u, 0);
	R("1.7976931348623158e308", 0x7fefffffffffffffULL, 0, 0x7f800000u, ERANGE);
	R("1.7976931348623159e308", 0x7ff0000000000000ULL, ERANGE, 0x7f800000u, ERANGE);
	R("-1.7976931348623159e308", 0xfff0000000000000ULL, ERANGE, 0xff800000u, ERANGE);
	R("3.5e38", 0x47f074f8c4d3cd7bULL, 0, 0x7f800000u, ERANGE);
	R("1e-46", 0x366244ce242c5561ULL, 0, 0x00000000u, ERANGE);
	R("-0x1.fffffffffffff8p1023", 0xfff0000000000000ULL, ERANGE, 0xff800000u, ERANGE);
	R("2.2250738585072011e-308", 0x000fffffffffffffULL, ERANGE, 0x00000000u, ERANGE);
	R("9007199254740993", 0x4340000000000000ULL, 0, 0x5a000000u, 0);
	CHECK_INT(fesetround(FE_UPWARD), 0);
	P("3 -2 1 2", "%.0f %.0f %.0f %.0f", 2.5, -2.5, 0.5, 1.5);
	P("0.3 0.4 -0.12", "%.1f %.1f %.2f", 0.25, 0.35, -0.125);
	P("1.001e+00 0.10000000000000001 -0.1", "%.3e %.17g %.17g", 1.0005, 0.1, -0.1);
	P("0x2p+0 -0x1p+0 0x1.1p+0", "%.0a %.0a %.1a", 1.5, -1.5, 1.03125);
	P("1 -0 2.001", "%.0f %.0f %.3f", 1e-300, -1e-300, 2.0005);
	P("1.23457e+06 -1.23456e-05", "%g %g", 1234567.0, -0.00001234567);
	P("5e-324 2e+308", "%.0e %.0e", 5e-324, 1.7976931348623157e308);
	P("0.33333333333333331483", "%.20f", 1.0/3);
	R("0.1", 0x3fb999999999999aULL, 0, 0x3dcccccdu, 0);
	R("-0.1", 0xbfb9999999999999ULL, 0, 0xbdccccccu, 0);
	R("1e400", 0x7ff0000000000000ULL, ERANGE, 0x7f800000u, ERANGE);
	R("-1e400", 0xffefffffffffffffULL, ERANGE, 0xff7fffffu, ERANGE);
	R("1e-400", 0x0000000000000001ULL, ERANGE, 0x00000001u, ERANGE);
	R("-1e-400", 0x8000000000000000ULL, ERANGE, 0x80000000u, ERANGE);
	R("2.4703282292062328e-324", 0x0000000000000001ULL, ERANGE, 0x00000001u, ERANGE);
	R("-2.4703282292062328e-324", 0x8000000000000000ULL, ERANGE, 0x80000000u, ERANGE);
	R("0x1.00000000000008p0", 0x3ff0000000000001ULL, 0, 0x3f800001u, 0);
	R("0x1.00000000000018p0", 0x3ff0000000000002ULL, 0, 0x3f800001u, 0);
	R("1.7976931348623158e308", 0x7ff0000000000000ULL, ERANGE, 0x7f800000u, ERANGE);
	R("1.7976931348623159e308", 0x7ff0000000000000ULL, ERANGE, 0x7f800000u, ERANGE);
	R("-1.7976931348623159e308", 0xffefffffffffffffULL, 0, 0xff7fffffu, ERANGE);
	R("3.5e38", 0x47f074f8c4d3cd7bULL, 0, 0x7f800000u, ERANGE);
	R("1e-46", 0x366244ce242c5561ULL, 0, 0x00000001u, ERANGE);
	R("-0x1.fffffffffffff8p1023", 0xffefffffffffffffULL, 0, 0xff7fffffu, ERANGE);
	R("2.2250738585072011e-308", 0x0010000000000000ULL, ERANGE, 0x00000001u, ERANGE);
	R("9007199254740993", 0x4340000000000001ULL, 0, 0x5a000001u, 0);
	CHECK_INT(fesetround(FE_DOWNWARD), 0);
	P("2 -3 0 1", "%.0f %.0f %.0f %.0f", 2.5, -2.5, 0.5, 1.5);
	P("0.2 0.3 -0.13", "%.1f %.1f %.2f", 0.25, 0.35, -0.125);
	P("1.000e+00 0.1 -0.10000000000000001", "%.3e %.17g %.17g", 1.0005, 0.1, -0.1);
	P("0x1p+0 -0x2p+0 0x1.0p+0", "%.0a %.0a %.1a", 1.5, -1.5, 1.03125);
	P("0 -1 2.000", "%.0f %.0f %.3f", 1e-300, -1e-300, 2.0005);
	P("1.23456e+06 -1.23457e-05", "%g %g", 1234567.0, -0.00001234567);
	P("4e-324 1e+308", "%.0e %.0e", 5e-324, 1.7976931348623157e308);
	P("0.33333333333333331482", "%.20f", 1.0/3);
	R("0.1", 0x3fb9999999999999ULL, 0, 0x3dccccccu, 0);
	R("-0.1", 0xbfb999999999999aULL, 0, 0xbdcccccdu, 0);
	R("1e400", 0x7fefffffffffffffULL, ERANGE, 0x7f7fffffu, ERANGE);
	R("-1e400", 0xfff0000000000000ULL, ERANGE, 0xff800000u, ERANGE);
	R("1e-400", 0x0000000000000000ULL, ERANGE, 0x00000000u, ERANGE);
	R("-1e-400", 0x8000000000000001ULL, ERANGE, 0x80000001u, ERANGE);
	R("2.4703282292062328e-324", 0x0000000000000000ULL, ERANGE, 0x00000000u, ERANGE);
	R("-2.4703282292062328e-324", 0x8000000000000001ULL, ERANGE, 0x80000001u, ERANGE);
	R("0x1.00000000000008p0", 0x3ff0000000000000ULL, 0, 0x3f800000u, 0);
	R("0x1.00000000000018p0", 0x3ff0000000000001ULL, 0, 0x3f800000u, 0);
	R("1.7976931348623158e308", 0x7fefffffffffffffULL, 0, 0x7f7fffffu, ERANGE);
	R("1.7976931348623159e308", 0x7fefffffffffffffULL, 0, 0x7f7fffffu, ERANGE);
	R("-1.7976931348623159e308", 0xfff0000000000000ULL, ERANGE, 0xff800000u, ERANGE);
	R("3.5e38", 0x47f074f8c4d3cd7aULL, 0, 0x7f7fffffu, ERANGE);
	R("1e-46", 0x366244ce242c5560ULL, 0, 0x00000000u, ERANGE);
	R("-0x1.fffffffffffff8p1023", 0xfff0000000000000ULL, ERANGE, 0xff800000u, ERANGE);
	R("2.2250738585072011e-308", 0x000fffffffffffffULL, ERANGE, 0x00000000u, ERANGE);
	R("9007199254740993", 0x4340000000000000ULL, 0, 0x5a000000u, 0);
	CHECK_INT(fesetround(FE_TOWARDZERO), 0);
	P("2 -2 0 1", "%.0f %.0f %.0f %.0f", 2.5, -2.5, 0.5, 1.5);
	P("0.2 0.3 -0.12", "%.1f %.1f %.2f", 0.25, 0.35, -0.125);
	P("1.000e+00 0.1 -0.1", "%.3e %.17g %.17g", 1.0005, 0.1, -0.1);
	P("0x1p+0 -0x1p+0 0x1.0p+0", "%.0a %.0a %.1a", 1.5, -1.5, 1.03125);
	P("0 -0 2.000", "%.0f %.0f %.3f", 1e-300, -1e-300, 2.0005);
	P("1.23456e+06 -1.23456e-05", "%g %g", 1234567.0, -0.00001234567);
	P("4e-324 1e+308", "%.0e %.0e", 5e-324, 1.7976931348623157e308);
	P("0.33333333333333331482", "%.20f", 1.0/3);
	R("0.1", 0x3fb9999999999999ULL, 0, 0x3dccccccu, 0);
	R("-0.1", 0xbfb9999999999999ULL, 0, 0xbdccccccu, 0);
	R("1e400", 0x7fefffffffffffffULL, ERANGE, 0x7f7fffffu, ERANGE);
	R("-1e400", 0xffefffffffffffffULL, ERANGE, 0xff7fffffu, ERANGE);
	R("1e-400", 0x0000000000000000ULL, ERANGE, 0x00000000u, ERANGE);
	R("-1e-400", 0x8000000000000000ULL, ERANGE, 0x80000000u, ERANGE);
	R("2.4703282292062328e-324", 0x0000000000000000ULL, ERANGE, 0x00000000u, ERANGE);
	R("-2.4703282292062328e-324", 0x8000000000000000ULL, ERANGE, 0x80000000u, ERANGE);
	R("0x1.00000000000008p0", 0x3ff0000000000000ULL, 0, 0x3f800000u, 0);
	R("0x1.00000000000018p0", 0x3ff0000000000001ULL, 0, 0x3f800000u, 0);
	R("1.7976931348623158e308", 0x7fefffffffffffffULL, 0, 0x7f7fffffu, ERANGE);
	R("1.7976931348623159e308", 0x7fefffffffffffffULL, 0, 0x7f7fffffu, ERANGE);
	R("-1.7976931348623159e308", 0xffefffffffffffffULL, 0, 0xff7fffffu, ERANGE);
	R("3.5e38", 0x47f074f8c4d3cd7aULL, 0, 0x7f7fffffu, ERANGE);
	R("1e-46", 0x366244ce242c5560ULL, 0, 0x00000000u, ERANGE);
	R("-0x1.fffffffffffff8p1023", 0xffefffffffffffffULL, 0, 0xff7fffffu, ERANGE);
	R("2.2250738585072011e-308", 0x000fffffffffffffULL, ERANGE, 0x00000000u, ERANGE);
	R("9007199254740993", 0x4340000000000000ULL, 0, 0x5a000000u, 0);
	fesetround(FE_TONEAREST);
	return check_done();
}
