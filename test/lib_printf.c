/*
 * Known-answer tests for the printf formatter through snprintf, sprintf,
 * vsnprintf and vsprintf: every conversion, flag, length, width and
 * precision, the integer edges, and snprintf's truncation rules. The
 * expected strings are glibc's output.
 */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

/* Many cases here are deliberately odd (flags that do nothing, truncation,
 * unknown conversions): the compiler's format advice does not apply. */
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"
#pragma GCC diagnostic ignored "-Wformat-zero-length"
#pragma GCC diagnostic ignored "-Wformat-truncation"
#pragma GCC diagnostic ignored "-Wformat-overflow"

static char buf[1024];

/* Formats into buf and checks both the text and the returned length. */
#define T(want, ...) CHECK_FORMAT(buf, want, __VA_ARGS__)

static int call_vsnprintf(char *b, size_t size, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(b, size, fmt, ap);
	va_end(ap);
	return r;
}

static int call_vsprintf(char *b, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsprintf(b, fmt, ap);
	va_end(ap);
	return r;
}

static void test_plain(void)
{
	T("", "%s", "");
	T("hello, world", "hello, world");
	T("100%", "100%%");
	T("%%", "%%%%");
	T("a%b", "a%%b");
	T("x7y", "x%dy", 7);
}

static void test_signed(void)
{
	T("0", "%d", 0);
	T("1", "%d", 1);
	T("-1", "%d", -1);
	T("42", "%i", 42);
	T("-42", "%i", -42);
	T("2147483647", "%d", INT_MAX);
	T("-2147483648", "%d", INT_MIN);
	T("-2147483648", "%+d", INT_MIN);
	T("    -2147483648", "%15d", INT_MIN);
	T("-2147483648    |", "%-15d|", INT_MIN);
	T("-00002147483648", "%015d", INT_MIN);
	T("-2147483648", "%.5d", INT_MIN);
	T("-0002147483648", "%.13d", INT_MIN);

	/* width */
	T("   42", "%5d", 42);
	T("42   |", "%-5d|", 42);
	T("00042", "%05d", 42);
	T("-0042", "%05d", -42);
	T("42", "%1d", 42);
	T("12345", "%3d", 12345);

	/* sign flags */
	T("+42", "%+d", 42);
	T("-42", "%+d", -42);
	T("+0", "%+d", 0);
	T(" 42", "% d", 42);
	T("-42", "% d", -42);
	T(" 0", "% d", 0);
	T("+42", "%+ d", 42);
	T("+42", "% +d", 42);
	T("+0000042", "%+08d", 42);
	T("-0000042", "% 08d", -42);
	T(" 0000042", "% 08d", 42);
	T("  +42", "%+5d", 42);
	T("+42  |", "%-+5d|", 42);
	T(" 42  |", "%- 5d|", 42);

	/* precision */
	T("042", "%.3d", 42);
	T("-005", "%.3d", -5);
	T("    -005", "%8.3d", -5);
	T("-005    |", "%-8.3d|", -5);
	T("12345", "%.3d", 12345);
	T("00000000000000000005", "%.20d", 5);
	T("", "%.0d", 0);
	T("", "%.d", 0);
	T("7", "%.0d", 7);
	T("     ", "%5.0d", 0);
	T("+", "%+.0d", 0);
	T(" ", "% .0d", 0);
	T("+001", "%+.3d", 1);

	/* the 0 flag yields to a precision and to '-' */
	T("     042", "%08.3d", 42);
	T("    -042", "%08.3d", -42);
	T("42      |", "%-08d|", 42);
	T("   00", "%05.2d", 0);
}

static void test_unsigned(void)
{
	T("0", "%u", 0u);
	T("42", "%u", 42u);
	T("4294967295", "%u", UINT_MAX);
	T("4294967295", "%u", -1);
	T("2147483648", "%u", (unsigned int)INT_MIN);
	T("   42", "%5u", 42u);
	T("00042", "%05u", 42u);
	T("42   |", "%-5u|", 42u);
	T("042", "%.3u", 42u);
	T("", "%.0u", 0u);
	T("     042", "%08.3u", 42u);

	T("ff", "%x", 255u);
	T("FF", "%X", 255u);
	T("0", "%x", 0u);
	T("ffffffff", "%x", UINT_MAX);
	T("80000000", "%x", (unsigned int)INT_MIN);
	T("DEADBEEF", "%X", 0xdeadbeefu);
	T("deadbeef", "%x", 0xdeadbeefu);
	T("0xff", "%#x", 255u);
	T("0XFF", "%#X", 255u);
	T("0", "%#x", 0u);
	T("0", "%#X", 0u);
	T("", "%#.0x", 0u);
	T("", "%.0x", 0u);
	T("0x0000ff", "%#08x", 255u);
	T("    0xff", "%#8x", 255u);
	T("0xff    |", "%#-8x|", 255u);
	T("0x00ff", "%#.4x", 255u);
	T("    0x00ff", "%#10.4x", 255u);
	T("     0ff", "%08.3x", 255u);
	T("000ff", "%.5x", 255u);
	T("ff      |", "%-08x|", 255u);
	T("00000000", "%08x", 0u);
	T("    0", "%#5x", 0u);

	T("10", "%o", 8u);
	T("0", "%o", 0u);
	T("37777777777", "%o", UINT_MAX);
	T("010", "%#o", 8u);
	T("0", "%#o", 0u);
	T("0", "%#.0o", 0u);
	T("", "%.0o", 0u);
	T("  010", "%#5o", 8u);
	T("010  |", "%#-5o|", 8u);
	T("010", "%#.3o", 8u);
	T("0010", "%#.4o", 8u);
	T("00010", "%#05o", 8u);
	T("0777", "%#o", 0777u);
	T("00000777", "%08o", 0777u);
}

static void test_flags_ignored(void)
{
	/* '+' and ' ' mean nothing to unsigned conversions */
	T("5", "%+u", 5u);
	T("5", "% u", 5u);
	T("ff", "%+x", 255u);
	T("7", "% o", 7u);
	/* ... nor '+', '0' and '#' to strings and characters */
	T("   ab", "%+5s", "ab");
	T("   ab", "%05s", "ab");
	T("    x", "%05c", 'x');
	T("ab   |", "%-05s|", "ab");
}

static void test_lengths(void)
{
	/* hh and h: the argument is converted to the narrow type */
	T("44", "%hhd", 300);
	T("-1", "%hhd", 255);
	T("127", "%hhi", -129);
	T("-128", "%hhd", 128);
	T("255", "%hhu", -1);
	T("34", "%hhx", 0x1234);
	T("377", "%hho", -1);
	T("4464", "%hd", 70000);
	T("-32768", "%hd", 32768);
	T("32767", "%hd", 32767);
	T("65535", "%hu", -1);
	T("ffff", "%hx", -1);
	T("FFFF", "%hX", 0xffff);
	T("177777", "%ho", 0xffff);

	/* l */
	T("0", "%ld", 0L);
	T("-1", "%ld", -1L);
	T("123456789", "%ld", 123456789L);
	T("-2147483648", "%ld", (long)INT_MIN);
#if __SIZEOF_LONG__ == 8
	T("9223372036854775807", "%ld", LONG_MAX);
	T("-9223372036854775808", "%ld", LONG_MIN);
	T("18446744073709551615", "%lu", ULONG_MAX);
	T("ffffffffffffffff", "%lx", ULONG_MAX);
	T("1777777777777777777777", "%lo", ULONG_MAX);
#else
	T("2147483647", "%ld", LONG_MAX);
	T("-2147483648", "%ld", LONG_MIN);
	T("4294967295", "%lu", ULONG_MAX);
	T("ffffffff", "%lx", ULONG_MAX);
	T("37777777777", "%lo", ULONG_MAX);
#endif

	/* ll: the 64-bit edges and values around 2^32 */
	T("0", "%lld", 0LL);
	T("9223372036854775807", "%lld", LLONG_MAX);
	T("-9223372036854775808", "%lld", LLONG_MIN);
	T("-9223372036854775807", "%lld", LLONG_MIN + 1);
	T("18446744073709551615", "%llu", ULLONG_MAX);
	T("18446744073709551614", "%llu", ULLONG_MAX - 1);
	T("ffffffffffffffff", "%llx", ULLONG_MAX);
	T("FFFFFFFFFFFFFFFF", "%llX", ULLONG_MAX);
	T("1777777777777777777777", "%llo", ULLONG_MAX);
	T("01777777777777777777777", "%#llo", ULLONG_MAX);
	T("0xffffffffffffffff", "%#llx", ULLONG_MAX);
	T("8000000000000000", "%llx", (unsigned long long)LLONG_MIN);
	T("-000009223372036854775808", "%025lld", LLONG_MIN);
	T("+9223372036854775807", "%+lld", LLONG_MAX);
	T("4294967295", "%llu", 4294967295ULL);
	T("4294967296", "%llu", 4294967296ULL);
	T("4294967297", "%llu", 4294967297ULL);
	T("9999999999", "%llu", 9999999999ULL);
	T("10000000000", "%llu", 10000000000ULL);
	T("12345678901234567890", "%llu", 12345678901234567890ULL);
	T("10000000000000000000", "%llu", 10000000000000000000ULL);
	T("9999999999999999999", "%llu", 9999999999999999999ULL);
	T("-1234567890123", "%lld", -1234567890123LL);
	T("100000000", "%llx", 0x100000000ULL);
	T("123456789abcdef0", "%llx", 0x123456789abcdef0ULL);
	T("   -1234567890123", "%17lld", -1234567890123LL);
	T("-0001234567890123", "%.16lld", -1234567890123LL);

	/* z, j, t */
	T("12345", "%zu", (size_t)12345);
	T("-1", "%zd", (size_t)-1);
	T("ff", "%zx", (size_t)255);
	T("-5", "%td", (ptrdiff_t)-5);
	T("77", "%td", (ptrdiff_t)77);
#if __SIZEOF_SIZE_T__ == 8
	T("18446744073709551615", "%zu", (size_t)-1);
	T("18446744073709551615", "%tu", (ptrdiff_t)-1);
#else
	T("4294967295", "%zu", (size_t)-1);
	T("4294967295", "%tu", (ptrdiff_t)-1);
#endif
	T("-9223372036854775808", "%jd", INTMAX_MIN);
	T("9223372036854775807", "%jd", INTMAX_MAX);
	T("18446744073709551615", "%ju", UINTMAX_MAX);
	T("ffffffffffffffff", "%jx", UINTMAX_MAX);
	T("-3", "%ji", (intmax_t)-3);
}

static void test_star(void)
{
	T("   42", "%*d", 5, 42);
	T("42   |", "%*d|", -5, 42);
	T("42   |", "%-*d|", 5, 42);
	T("42   |", "%-*d|", -5, 42);
	T("42", "%*d", 0, 42);
	T("0042", "%.*d", 4, 42);
	T("42", "%.*d", -1, 42);
	T("", "%.*d", 0, 0);
	T("00042", "%05.*d", -1, 42);
	T("  042", "%05.*d", 3, 42);
	T("    ab", "%*.*s", 6, 2, "abcdef");
	T("ab    |", "%*.*s|", -6, 2, "abcdef");
	T("abcdef", "%.*s", -3, "abcdef");
	T("", "%.*s", 0, "abcdef");
	T("  x", "%*c", 3, 'x');
	T("x  |", "%*c|", -3, 'x');
	T("0x00ff", "%#0*x", 6, 255u);
}

static void test_strings(void)
{
	const char *volatile null_str = NULL;

	T("hello", "%s", "hello");
	T("     hello", "%10s", "hello");
	T("hello     |", "%-10s|", "hello");
	T("he", "%.2s", "hello");
	T("        he", "%10.2s", "hello");
	T("he        |", "%-10.2s|", "hello");
	T("hello", "%.10s", "hello");
	T("hello", "%2s", "hello");
	T("", "%.0s", "hello");
	T("     ", "%5s", "");
	T("a-b-c", "%s-%s-%s", "a", "b", "c");
	T("(null)", "%s", null_str);
	T("    (null)", "%10s", null_str);
	T("(null)    |", "%-10s|", null_str);
	T("(null)", "%.6s", null_str);
	T("(null)", "%.10s", null_str);

	T("A", "%c", 'A');
	T("  A", "%3c", 'A');
	T("A  |", "%-3c|", 'A');
	T("AB", "%c%c", 'A', 'B');
	T("\xe9", "%c", 0xe9);
	T("a", "%c", 'a' + 256);
	T("a", "%.0c", 'a');
}

static void test_pointers(void)
{
	void *p = (void *)0x1234;
	void *big = (void *)(uintptr_t)0xdeadbeefu;

	T("(nil)", "%p", (void *)NULL);
	T("     (nil)", "%10p", (void *)NULL);
	T("(nil)     |", "%-10p|", (void *)NULL);
	T("0x1234", "%p", p);
	T("0xdeadbeef", "%p", big);
	T("    0x1234", "%10p", p);
	T("0x1234    |", "%-10p|", p);
	T("     (nil)", "%010p", (void *)NULL);
	T("(nil)", "%.2p", (void *)NULL);
	T("+0x1234", "%+p", p);
	T(" 0x1234", "% p", p);
	T("0x00001234", "%010p", p);
	T("0x1234", "%#p", p);
	T("0x00001234", "%.8p", p);
	T("  0x001234", "%10.6p", p);
#if __SIZEOF_POINTER__ == 8
	T("0xffffffffffffffff", "%p", (void *)UINTPTR_MAX);
#else
	T("0xffffffff", "%p", (void *)UINTPTR_MAX);
#endif
}

static void test_odd_conversions(void)
{
	/* unknown conversions come out as written */
	T("%y", "%y");
	T("a%yb", "a%yb");
	T("%5y", "%5y");
	/* "%%" with flags or a width is still one '%' */
	T("%", "%5%");
	T("%", "%-5%");
}

static void test_many_args(void)
{
	/* 64-bit arguments between 32-bit ones (alignment on i386 and ARM) */
	T("1 2 3 4 five 6 -7 8",
	  "%d %lld %d %llu %s %c %hd %zu", 1, 2LL, 3, 4ULL, "five", '6',
	  (short)-7, (size_t)8);
	T("-1:18446744073709551615:ffffffff:-9223372036854775808:x",
	  "%d:%llu:%x:%lld:%c", -1, ULLONG_MAX, UINT_MAX, LLONG_MIN, 'x');
	T("[   abc][42   ][0x1f][+7][(nil)]",
	  "[%6s][%-5d][%#x][%+d][%p]", "abc", 42, 31u, 7, (void *)NULL);
}

static void test_snprintf_limits(void)
{
	char small[16];
	int n;

	memset(small, 'Z', sizeof small);
	n = snprintf(small, 5, "%d", 123456);
	CHECK_INT(n, 6);
	CHECK_STR(small, "1234");
	CHECK(small[5] == 'Z');

	memset(small, 'Z', sizeof small);
	n = snprintf(small, 7, "%d", 123456);
	CHECK_INT(n, 6);
	CHECK_STR(small, "123456");

	memset(small, 'Z', sizeof small);
	n = snprintf(small, 6, "%d", 123456);
	CHECK_INT(n, 6);
	CHECK_STR(small, "12345");

	memset(small, 'Z', sizeof small);
	n = snprintf(small, 1, "%s", "abc");
	CHECK_INT(n, 3);
	CHECK(small[0] == '\0');
	CHECK(small[1] == 'Z');

	memset(small, 'Z', sizeof small);
	n = snprintf(small, 0, "%s", "abc");
	CHECK_INT(n, 3);
	CHECK(small[0] == 'Z');

	n = snprintf(NULL, 0, "%d-%s", 12345, "xyz");
	CHECK_INT(n, 9);

	memset(small, 'Z', sizeof small);
	n = snprintf(small, 4, "%10d", 5);
	CHECK_INT(n, 10);
	CHECK_STR(small, "   ");

	memset(small, 'Z', sizeof small);
	n = snprintf(small, 3, "%c%c%c%c", 'a', 'b', 'c', 'd');
	CHECK_INT(n, 4);
	CHECK_STR(small, "ab");

	memset(small, 'Z', sizeof small);
	n = snprintf(small, sizeof small, "");
	CHECK_INT(n, 0);
	CHECK(small[0] == '\0');

	/* %c of a NUL byte still counts */
	memset(small, 'Z', sizeof small);
	n = snprintf(small, sizeof small, "a%cb", 0);
	CHECK_INT(n, 3);
	CHECK(small[0] == 'a' && small[1] == '\0' && small[2] == 'b' &&
	      small[3] == '\0');

	/* output longer than any internal chunk */
	memset(buf, 'Z', sizeof buf);
	n = snprintf(buf, sizeof buf, "%300d|", 1);
	CHECK_INT(n, 301);
	CHECK(buf[0] == ' ' && buf[298] == ' ' && buf[299] == '1' &&
	      buf[300] == '|' && buf[301] == '\0');
	n = snprintf(buf, sizeof buf, "%-300d|", 1);
	CHECK_INT(n, 301);
	CHECK(buf[0] == '1' && buf[1] == ' ' && buf[299] == ' ' &&
	      buf[300] == '|' && buf[301] == '\0');
	n = snprintf(buf, sizeof buf, "%.200d", 7);
	CHECK_INT(n, 200);
	CHECK(buf[0] == '0' && buf[198] == '0' && buf[199] == '7' &&
	      buf[200] == '\0');
	n = snprintf(buf, 10, "%2000d", 7);
	CHECK_INT(n, 2000);
	CHECK_STR(buf, "         ");
}

static void test_sprintf_family(void)
{
	char b[64];
	int n;

	memset(b, 'Z', sizeof b);
	n = sprintf(b, "%s-%d", "ab", 7);
	CHECK_INT(n, 4);
	CHECK_STR(b, "ab-7");

	n = sprintf(b, "%s", "");
	CHECK_INT(n, 0);
	CHECK_STR(b, "");

	n = sprintf(b, "%5.1s|%-4x|%04o", "xyz", 0xabu, 8u);
	CHECK_INT(n, 15);
	CHECK_STR(b, "    x|ab  |0010");

	memset(b, 'Z', sizeof b);
	n = call_vsnprintf(b, 6, "%d %d %d", 100, 200, 300);
	CHECK_INT(n, 11);
	CHECK_STR(b, "100 2");

	n = call_vsnprintf(NULL, 0, "%lld", LLONG_MIN);
	CHECK_INT(n, 20);

	n = call_vsnprintf(b, sizeof b, "%s=%u", "key", 99u);
	CHECK_INT(n, 6);
	CHECK_STR(b, "key=99");

	n = call_vsprintf(b, "<%*d>", 4, -3);
	CHECK_INT(n, 6);
	CHECK_STR(b, "<  -3>");
}

int main(void)
{
	test_plain();
	test_signed();
	test_unsigned();
	test_flags_ignored();
	test_lengths();
	test_star();
	test_strings();
	test_pointers();
	test_odd_conversions();
	test_many_args();
	test_snprintf_limits();
	test_sprintf_family();
	return check_done();
}
