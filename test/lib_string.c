/*
 * Tests for <string.h>: the memory functions over every small size and
 * alignment and over larger sizes past the bulk path's threshold (with
 * guard bytes around the destination), overlapping memmove in both
 * directions, and the string functions' known answers.
 */
#define _POSIX_C_SOURCE 200809L	/* strnlen, stpcpy, strdup, dprintf */
#include <stdlib.h>
#include <string.h>
#include "check.h"

/* CHECK is an expression; when gcc folds a builtin call on constant input,
 * using it as a statement draws this warning. */
/* Truncating strncpy and strncat, and bounds past a string's end, are
 * exactly what some cases test. */
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#pragma GCC diagnostic ignored "-Wstringop-overread"

/* Large enough for sizes past the point where x86 switches to its string
 * instructions (lib/string/word.h, BH_BULK_MIN). */
#define AREA 640

static unsigned char src_area[AREA], dst_area[AREA], ref_area[AREA];

/* A recognisable byte for position i of the source pattern. */
static unsigned char pattern(size_t i)
{
	return (unsigned char)(i * 7 + 1);
}

static void fill_areas(void)
{
	size_t i;

	for (i = 0; i < AREA; i++) {
		src_area[i] = pattern(i);
		dst_area[i] = 0xee;
	}
}

static int area_is(const unsigned char *want)
{
	size_t i;

	for (i = 0; i < AREA; i++)
		if (dst_area[i] != want[i])
			return 0;
	return 1;
}

static void test_memcpy(void)
{
	size_t so, d_off, n, i;
	int bad = 0, bad_ret = 0;

	for (so = 0; so < 16; so++)
		for (d_off = 0; d_off < 16; d_off++)
			for (n = 0; n <= 560; n += (n < 70 ? 1 : n < 240 ? 19 : 7)) {
				fill_areas();
				for (i = 0; i < AREA; i++)
					ref_area[i] = 0xee;
				for (i = 0; i < n; i++)
					ref_area[16 + d_off + i] = pattern(so + i);
				if (memcpy(dst_area + 16 + d_off, src_area + so, n) !=
				    dst_area + 16 + d_off)
					bad_ret++;
				if (!area_is(ref_area))
					bad++;
			}
	CHECK_INT(bad, 0);
	CHECK_INT(bad_ret, 0);
}

static void test_memmove(void)
{
	size_t from, to, n, i;
	int bad = 0, bad_ret = 0;

	/* Within one buffer: source and destination overlap or not, either
	 * order, every relative alignment. */
	for (from = 8; from < 40; from++)
		for (to = 8; to < 40; to++)
			for (n = 0; n <= 560; n += (n < 40 ? 1 : n < 240 ? 23 : 11)) {
				for (i = 0; i < AREA; i++)
					dst_area[i] = ref_area[i] = pattern(i);
				for (i = 0; i < n; i++)
					ref_area[to + i] = pattern(from + i);
				if (memmove(dst_area + to, dst_area + from, n) !=
				    dst_area + to)
					bad_ret++;
				if (!area_is(ref_area))
					bad++;
			}
	CHECK_INT(bad, 0);
	CHECK_INT(bad_ret, 0);

	{
		char s[] = "abcdefghij";

		memmove(s + 2, s, 5);
		CHECK_STR(s, "ababcdehij");
		memmove(s, s + 3, 7);
		CHECK_STR(s, "bcdehijhij");
		memmove(s, s, 10);
		CHECK_STR(s, "bcdehijhij");
	}
}

static void test_memset(void)
{
	size_t off, n, i;
	int bad = 0, bad_ret = 0;

	for (off = 0; off < 16; off++)
		for (n = 0; n <= 560; n += (n < 70 ? 1 : n < 240 ? 17 : 5)) {
			for (i = 0; i < AREA; i++)
				dst_area[i] = ref_area[i] = 0xee;
			for (i = 0; i < n; i++)
				ref_area[16 + off + i] = 0x5a;
			if (memset(dst_area + 16 + off, 0x5a, n) != dst_area + 16 + off)
				bad_ret++;
			if (!area_is(ref_area))
				bad++;
		}
	CHECK_INT(bad, 0);
	CHECK_INT(bad_ret, 0);

	/* only the low byte of c counts */
	memset(dst_area, 0x1ab, 40);
	CHECK(dst_area[0] == 0xab && dst_area[39] == 0xab);
	memset(dst_area, 0, 40);
	CHECK(dst_area[0] == 0 && dst_area[17] == 0 && dst_area[39] == 0);
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void test_memcmp(void)
{
	size_t off, n, at;
	int bad = 0;

	CHECK_INT(memcmp("abc", "abd", 0), 0);
	CHECK_INT(memcmp("abc", "abc", 3), 0);
	CHECK_INT(sign(memcmp("abc", "abd", 3)), -1);
	CHECK_INT(sign(memcmp("abd", "abc", 3)), 1);
	CHECK_INT(sign(memcmp("\x80", "\x01", 1)), 1);	/* bytes are unsigned */
	CHECK_INT(sign(memcmp("a\0b", "a\0c", 3)), -1);	/* NUL is not special */

	/* A difference at every position of many aligned lengths. */
	for (off = 0; off < 8; off++)
		for (n = 1; n < 80; n++)
			for (at = 0; at < n; at++) {
				memset(src_area, 'q', AREA);
				memset(dst_area, 'q', AREA);
				dst_area[off + at] = 'r';
				if (sign(memcmp(src_area + off, dst_area + off, n)) != -1 ||
				    sign(memcmp(dst_area + off, src_area + off, n)) != 1 ||
				    memcmp(src_area + off, dst_area + off, at) != 0)
					bad++;
			}
	CHECK_INT(bad, 0);
}

static void test_memchr(void)
{
	const char s[] = "hello\0world\xe9";

	CHECK(memchr(s, 'h', 12) == s);
	CHECK(memchr(s, 'o', 12) == s + 4);
	CHECK(memchr(s, 'w', 12) == s + 6);
	CHECK(memchr(s, '\0', 12) == s + 5);
	CHECK(memchr(s, 'w', 6) == NULL);
	CHECK(memchr(s, 'z', 13) == NULL);
	CHECK(memchr(s, 'h', 0) == NULL);
	CHECK(memchr(s, 0xe9, 13) == s + 11);
	CHECK(memchr(s, 0x1e9, 13) == s + 11);	/* c is converted to a byte */
	CHECK(memchr(s, -23, 13) == s + 11);
}

static void test_strlen(void)
{
	char b[96];
	size_t off, n;
	int bad = 0;

	CHECK_UINT(strlen(""), 0);
	CHECK_UINT(strlen("a"), 1);
	CHECK_UINT(strlen("hello, world"), 12);
	CHECK_UINT(strlen("\xff\x80\x7f"), 3);
	for (off = 0; off < 16; off++)
		for (n = 0; n < 64; n++) {
			memset(b, 'x', sizeof b);
			b[off + n] = '\0';
			if (strlen(b + off) != n)
				bad++;
		}
	CHECK_INT(bad, 0);

	CHECK_UINT(strnlen("hello", 10), 5);
	CHECK_UINT(strnlen("hello", 5), 5);
	CHECK_UINT(strnlen("hello", 3), 3);
	CHECK_UINT(strnlen("hello", 0), 0);
	CHECK_UINT(strnlen("", 4), 0);
	/* not NUL-terminated within max: must stop at max */
	memset(b, 'x', 8);
	CHECK_UINT(strnlen(b, 8), 8);
}

static void test_strcmp(void)
{
	CHECK_INT(strcmp("", ""), 0);
	CHECK_INT(strcmp("abc", "abc"), 0);
	CHECK_INT(sign(strcmp("abc", "abd")), -1);
	CHECK_INT(sign(strcmp("abd", "abc")), 1);
	CHECK_INT(sign(strcmp("ab", "abc")), -1);
	CHECK_INT(sign(strcmp("abc", "ab")), 1);
	CHECK_INT(sign(strcmp("", "a")), -1);
	CHECK_INT(sign(strcmp("\x80", "a")), 1);	/* unsigned chars */
	CHECK_INT(sign(strcmp("a", "\xff")), -1);

	CHECK_INT(strncmp("abc", "abd", 2), 0);
	CHECK_INT(sign(strncmp("abc", "abd", 3)), -1);
	CHECK_INT(strncmp("abc", "xyz", 0), 0);
	CHECK_INT(strncmp("abc", "abc", 100), 0);
	CHECK_INT(sign(strncmp("ab", "abc", 3)), -1);
	CHECK_INT(sign(strncmp("abc", "ab", 3)), 1);
	CHECK_INT(strncmp("ab\0x", "ab\0y", 4), 0);	/* stops at NUL */
	CHECK_INT(sign(strncmp("\xe9", "e", 1)), 1);
}

static void test_strchr(void)
{
	const char *s = "abcabc";

	CHECK(strchr(s, 'a') == s);
	CHECK(strchr(s, 'c') == s + 2);
	CHECK(strchr(s, 'z') == NULL);
	CHECK(strchr(s, '\0') == s + 6);
	CHECK(strchr("", 'a') == NULL);
	CHECK(strchr("x\xe9y", 0xe9) != NULL);
	CHECK(strchr("x\xe9y", 0x1e9 & 0xff) != NULL);

	CHECK(strrchr(s, 'a') == s + 3);
	CHECK(strrchr(s, 'c') == s + 5);
	CHECK(strrchr(s, 'z') == NULL);
	CHECK(strrchr(s, '\0') == s + 6);
	CHECK(strrchr("", '\0') != NULL);
	CHECK(strrchr("", 'a') == NULL);
}

static void test_strstr(void)
{
	const char *h = "the quick brown fox";

	CHECK(strstr(h, "") == h);
	CHECK(strstr(h, "the") == h);
	CHECK(strstr(h, "quick") == h + 4);
	CHECK(strstr(h, "fox") == h + 16);
	CHECK(strstr(h, "x") == h + 18);
	CHECK(strstr(h, "foxes") == NULL);
	CHECK(strstr(h, "cat") == NULL);
	CHECK(strstr("", "a") == NULL);
	CHECK(strstr("", "") != NULL);
	CHECK(strstr("aaab", "aab") != NULL && strcmp(strstr("aaab", "aab"), "aab") == 0);
	CHECK_STR(strstr("abababc", "ababc"), "ababc");
	CHECK_STR(strstr("mississippi", "issip"), "issippi");
	CHECK(strstr("ab", "abc") == NULL);
}

static void test_span(void)
{
	CHECK_UINT(strspn("hello", "leh"), 4);
	CHECK_UINT(strspn("hello", "xyz"), 0);
	CHECK_UINT(strspn("hello", ""), 0);
	CHECK_UINT(strspn("", "abc"), 0);
	CHECK_UINT(strspn("aaa", "a"), 3);
	CHECK_UINT(strspn("\xe9\xe9x", "\xe9"), 2);
	CHECK_UINT(strspn("  \t x", " \t"), 4);

	CHECK_UINT(strcspn("hello", "l"), 2);
	CHECK_UINT(strcspn("hello", "xyz"), 5);
	CHECK_UINT(strcspn("hello", ""), 5);
	CHECK_UINT(strcspn("", "abc"), 0);
	CHECK_UINT(strcspn("key=value", "=:"), 3);
	CHECK_UINT(strcspn("ab\xe9", "\xe9"), 2);
}

static void test_copies(void)
{
	char b[32], *r;

	memset(b, 'Z', sizeof b);
	r = strcpy(b, "hello");
	CHECK(r == b);
	CHECK_STR(b, "hello");
	CHECK(b[6] == 'Z');
	strcpy(b, "");
	CHECK_STR(b, "");

	memset(b, 'Z', sizeof b);
	r = stpcpy(b, "abc");
	CHECK(r == b + 3);
	CHECK(*r == '\0');
	r = stpcpy(r, "def");
	CHECK(r == b + 6);
	CHECK_STR(b, "abcdef");
	CHECK(stpcpy(b, "") == b);

	memset(b, 'Z', sizeof b);
	r = strncpy(b, "abc", 6);
	CHECK(r == b);
	CHECK(memcmp(b, "abc\0\0\0Z", 7) == 0);	/* zero-filled to n */
	memset(b, 'Z', sizeof b);
	strncpy(b, "abcdef", 3);
	CHECK(memcmp(b, "abcZ", 4) == 0);		/* no terminator */
	memset(b, 'Z', sizeof b);
	strncpy(b, "abc", 0);
	CHECK(b[0] == 'Z');

	strcpy(b, "foo");
	r = strcat(b, "bar");
	CHECK(r == b);
	CHECK_STR(b, "foobar");
	strcat(b, "");
	CHECK_STR(b, "foobar");
	b[0] = '\0';
	strcat(b, "x");
	CHECK_STR(b, "x");

	memset(b, 'Z', sizeof b);
	strcpy(b, "foo");
	r = strncat(b, "barbaz", 3);
	CHECK(r == b);
	CHECK_STR(b, "foobar");
	CHECK(b[7] == 'Z');
	strncat(b, "12", 10);
	CHECK_STR(b, "foobar12");
	strncat(b, "xyz", 0);
	CHECK_STR(b, "foobar12");
}

static void test_dup(void)
{
	char *p = strdup("duplicate me");
	char src[4] = { 'a', 'b', 'c', 'd' };	/* no terminator */

	CHECK(p != NULL);
	if (p)
		CHECK_STR(p, "duplicate me");
	free(p);
	p = strdup("");
	CHECK(p != NULL && p[0] == '\0');
	free(p);

	p = strndup("duplicate me", 4);
	CHECK(p != NULL);
	if (p)
		CHECK_STR(p, "dupl");
	free(p);
	p = strndup("ab", 10);
	CHECK(p != NULL);
	if (p)
		CHECK_STR(p, "ab");
	free(p);
	p = strndup(src, 4);
	CHECK(p != NULL);
	if (p)
		CHECK_STR(p, "abcd");
	free(p);
}

int main(void)
{
	test_memcpy();
	test_memmove();
	test_memset();
	test_memcmp();
	test_memchr();
	test_strlen();
	test_strcmp();
	test_strchr();
	test_strstr();
	test_span();
	test_copies();
	test_dup();
	return check_done();
}
