/*
 * Tests for the number functions of <stdlib.h>: ato*, strto* (bases,
 * prefixes, end pointers, ERANGE clamping, EINVAL), abs, rand and qsort.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"


/* strtol on s; checks the value, the characters consumed and errno. */
#define STRTOL(fn, s, base, want, used, want_errno) do {		\
	const char *s_ = (s);						\
	char *end_ = NULL;						\
	errno = 0;							\
	CHECK_INT(fn(s_, &end_, base), want);				\
	CHECK_INT(end_ - s_, used);					\
	CHECK_INT(errno, want_errno);					\
} while (0)

#define STRTOUL(fn, s, base, want, used, want_errno) do {		\
	const char *s_ = (s);						\
	char *end_ = NULL;						\
	errno = 0;							\
	CHECK_UINT(fn(s_, &end_, base), want);				\
	CHECK_INT(end_ - s_, used);					\
	CHECK_INT(errno, want_errno);					\
} while (0)

static void test_ato(void)
{
	CHECK_INT(atoi("42"), 42);
	CHECK_INT(atoi("  -17"), -17);
	CHECK_INT(atoi("+5"), 5);
	CHECK_INT(atoi("\t\n\v\f\r 7"), 7);
	CHECK_INT(atoi("12abc"), 12);
	CHECK_INT(atoi("abc"), 0);
	CHECK_INT(atoi(""), 0);
	CHECK_INT(atoi("0x10"), 0);
	CHECK_INT(atoi("010"), 10);
	CHECK_INT(atoi("2147483647"), 2147483647);
	CHECK_INT(atoi("-2147483648"), INT_MIN);
	CHECK_INT(atol("-123456"), -123456L);
	CHECK_INT(atol("  99 bottles"), 99);
	CHECK_INT(atoll("9223372036854775807"), LLONG_MAX);
	CHECK_INT(atoll("-9223372036854775808"), LLONG_MIN);
	CHECK_INT(atoll("-1234567890123"), -1234567890123LL);
}

static void test_strtol(void)
{
	const char *s = "  123xyz";
	char *end;

	/* end pointer may be NULL */
	CHECK_INT(strtol("77", NULL, 10), 77);

	STRTOL(strtol, "0", 10, 0, 1, 0);
	STRTOL(strtol, "123", 10, 123, 3, 0);
	STRTOL(strtol, "  123xyz", 10, 123, 5, 0);
	STRTOL(strtol, "-123", 10, -123, 4, 0);
	STRTOL(strtol, "+123", 10, 123, 4, 0);
	STRTOL(strtol, " \t\n-42 ", 10, -42, 6, 0);
	STRTOL(strtol, "007", 10, 7, 3, 0);

	/* no digits: value 0 and end back at the start */
	STRTOL(strtol, "", 10, 0, 0, 0);
	STRTOL(strtol, "   ", 10, 0, 0, 0);
	STRTOL(strtol, "-", 10, 0, 0, 0);
	STRTOL(strtol, "+x", 10, 0, 0, 0);
	STRTOL(strtol, " - 5", 10, 0, 0, 0);
	STRTOL(strtol, "abc", 10, 0, 0, 0);

	/* base 0 picks the base from the prefix */
	STRTOL(strtol, "0x1A", 0, 26, 4, 0);
	STRTOL(strtol, "0X1a", 0, 26, 4, 0);
	STRTOL(strtol, "  -0x1A", 0, -26, 7, 0);
	STRTOL(strtol, "0777", 0, 511, 4, 0);
	STRTOL(strtol, "0789", 0, 7, 2, 0);
	STRTOL(strtol, "789", 0, 789, 3, 0);
	STRTOL(strtol, "0", 0, 0, 1, 0);
	STRTOL(strtol, "0x", 0, 0, 1, 0);	/* "0", then a stray x */
	STRTOL(strtol, "0xg", 0, 0, 1, 0);

	/* explicit bases */
	STRTOL(strtol, "ff", 16, 255, 2, 0);
	STRTOL(strtol, "0xff", 16, 255, 4, 0);
	STRTOL(strtol, "0XFF", 16, 255, 4, 0);
	STRTOL(strtol, "0x", 16, 0, 1, 0);
	STRTOL(strtol, "BeEf", 16, 0xbeef, 4, 0);
	STRTOL(strtoll, "DeadBeef", 16, 0xdeadbeefLL, 8, 0);
	STRTOL(strtol, "0x10", 10, 0, 1, 0);
	STRTOL(strtol, "0x10", 8, 0, 1, 0);
	STRTOL(strtol, "777", 8, 511, 3, 0);
	STRTOL(strtol, "778", 8, 63, 2, 0);
	STRTOL(strtol, "1010", 2, 10, 4, 0);
	STRTOL(strtol, "12", 2, 1, 1, 0);
	STRTOL(strtol, "-1010", 2, -10, 5, 0);
	STRTOL(strtol, "z", 36, 35, 1, 0);
	STRTOL(strtol, "ZZ", 36, 1295, 2, 0);
	STRTOL(strtol, "zz!", 36, 1295, 2, 0);
	STRTOL(strtol, "12", 3, 5, 2, 0);
	STRTOL(strtol, "9a", 11, 109, 2, 0);

	/* bad bases */
	errno = 0;
	CHECK_INT(strtol("12", &end, 1), 0);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(strtol("12", &end, 37), 0);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(strtol("12", &end, -1), 0);
	CHECK_INT(errno, EINVAL);

	/* range */
#if __SIZEOF_LONG__ == 8
	STRTOL(strtol, "9223372036854775807", 10, LONG_MAX, 19, 0);
	STRTOL(strtol, "9223372036854775808", 10, LONG_MAX, 19, ERANGE);
	STRTOL(strtol, "-9223372036854775808", 10, LONG_MIN, 20, 0);
	STRTOL(strtol, "-9223372036854775809", 10, LONG_MIN, 20, ERANGE);
	STRTOL(strtol, "0x7fffffffffffffff", 0, LONG_MAX, 18, 0);
	STRTOL(strtol, "0x8000000000000000", 0, LONG_MAX, 18, ERANGE);
	STRTOL(strtol, "4294967296", 10, 4294967296LL, 10, 0);
#else
	STRTOL(strtol, "2147483647", 10, LONG_MAX, 10, 0);
	STRTOL(strtol, "2147483648", 10, LONG_MAX, 10, ERANGE);
	STRTOL(strtol, "-2147483648", 10, LONG_MIN, 11, 0);
	STRTOL(strtol, "-2147483649", 10, LONG_MIN, 11, ERANGE);
	STRTOL(strtol, "0x7fffffff", 0, LONG_MAX, 10, 0);
	STRTOL(strtol, "0x80000000", 0, LONG_MAX, 10, ERANGE);
	STRTOL(strtol, "4294967296", 10, LONG_MAX, 10, ERANGE);
#endif
	STRTOL(strtol, "99999999999999999999999999x", 10, LONG_MAX, 26, ERANGE);
	STRTOL(strtol, "-99999999999999999999999999", 10, LONG_MIN, 27, ERANGE);

	STRTOL(strtoll, "9223372036854775807", 10, LLONG_MAX, 19, 0);
	STRTOL(strtoll, "9223372036854775808", 10, LLONG_MAX, 19, ERANGE);
	STRTOL(strtoll, "-9223372036854775808", 10, LLONG_MIN, 20, 0);
	STRTOL(strtoll, "-9223372036854775809", 10, LLONG_MIN, 20, ERANGE);
	STRTOL(strtoll, "18446744073709551616", 10, LLONG_MAX, 20, ERANGE);
	STRTOL(strtoll, "-0x8000000000000000", 0, LLONG_MIN, 19, 0);
	STRTOL(strtoll, "0x8000000000000000", 16, LLONG_MAX, 18, ERANGE);
	STRTOL(strtoll, "-1234567890123", 10, -1234567890123LL, 14, 0);
	STRTOL(strtoll, "1y2p0ij32e8e7", 36, LLONG_MAX, 13, 0);
	STRTOL(strtoll, "777777777777777777777", 8, LLONG_MAX, 21, 0);
	STRTOL(strtoll, "1000000000000000000000", 8, LLONG_MAX, 22, ERANGE);
	STRTOL(strtoll, "  +0", 0, 0, 4, 0);

	/* errno is left alone on success */
	errno = EDOM;
	strtol(s, &end, 10);
	CHECK_INT(errno, EDOM);
	CHECK(end == s + 5);
}

static void test_strtoul(void)
{
	STRTOUL(strtoul, "42", 10, 42, 2, 0);
	STRTOUL(strtoul, "0xFFFFFFFF", 0, 4294967295UL, 10, 0);
	STRTOUL(strtoul, "", 0, 0, 0, 0);
	STRTOUL(strtoul, "-0", 10, 0, 2, 0);
#if __SIZEOF_LONG__ == 8
	STRTOUL(strtoul, "-1", 10, 18446744073709551615UL, 2, 0);
	STRTOUL(strtoul, "-2", 10, 18446744073709551614UL, 2, 0);
	STRTOUL(strtoul, "18446744073709551615", 10, ULONG_MAX, 20, 0);
	STRTOUL(strtoul, "18446744073709551616", 10, ULONG_MAX, 20, ERANGE);
	STRTOUL(strtoul, "-18446744073709551615", 10, 1, 21, 0);
	STRTOUL(strtoul, "-18446744073709551616", 10, ULONG_MAX, 21, ERANGE);
	STRTOUL(strtoul, "4294967296", 10, 4294967296UL, 10, 0);
#else
	STRTOUL(strtoul, "-1", 10, 4294967295UL, 2, 0);
	STRTOUL(strtoul, "-2", 10, 4294967294UL, 2, 0);
	STRTOUL(strtoul, "4294967295", 10, ULONG_MAX, 10, 0);
	STRTOUL(strtoul, "4294967296", 10, ULONG_MAX, 10, ERANGE);
	STRTOUL(strtoul, "-4294967295", 10, 1, 11, 0);
	STRTOUL(strtoul, "-4294967296", 10, ULONG_MAX, 11, ERANGE);
#endif
	STRTOUL(strtoul, "777", 8, 511, 3, 0);
	STRTOUL(strtoul, "0x1p", 0, 1, 3, 0);

	STRTOUL(strtoull, "18446744073709551615", 10, ULLONG_MAX, 20, 0);
	STRTOUL(strtoull, "18446744073709551616", 10, ULLONG_MAX, 20, ERANGE);
	STRTOUL(strtoull, "99999999999999999999999", 10, ULLONG_MAX, 23, ERANGE);
	STRTOUL(strtoull, "-1", 10, ULLONG_MAX, 2, 0);
	STRTOUL(strtoull, "-18446744073709551615", 10, 1, 21, 0);
	STRTOUL(strtoull, "0xffffffffffffffff", 0, ULLONG_MAX, 18, 0);
	STRTOUL(strtoull, "0x10000000000000000", 0, ULLONG_MAX, 19, ERANGE);
	STRTOUL(strtoull, "01777777777777777777777", 0, ULLONG_MAX, 23, 0);
	STRTOUL(strtoull, "02000000000000000000000", 0, ULLONG_MAX, 23, ERANGE);
	STRTOUL(strtoull, "3w5e11264sgsf", 36, ULLONG_MAX, 13, 0);
	STRTOUL(strtoull, "3w5e11264sgsg", 36, ULLONG_MAX, 13, ERANGE);
	STRTOUL(strtoull, "1111111111111111111111111111111111111111111111111111111111111111",
		2, ULLONG_MAX, 64, 0);
	STRTOUL(strtoull, "4294967296", 10, 4294967296ULL, 10, 0);
	STRTOUL(strtoull, "12345678901234567890", 0, 12345678901234567890ULL, 20, 0);

	errno = 0;
	CHECK_UINT(strtoull("5", NULL, 99), 0);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_UINT(strtoul("5", NULL, 1), 0);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(strtoll("5", NULL, 40), 0);
	CHECK_INT(errno, EINVAL);
}

static void test_abs(void)
{
	CHECK_INT(abs(0), 0);
	CHECK_INT(abs(5), 5);
	CHECK_INT(abs(-5), 5);
	CHECK_INT(abs(INT_MAX), INT_MAX);
	CHECK_INT(abs(-INT_MAX), INT_MAX);
	CHECK_INT(labs(-123456L), 123456);
	CHECK_INT(labs(LONG_MAX), LONG_MAX);
	CHECK_INT(labs(-LONG_MAX), LONG_MAX);
	CHECK_INT(llabs(-1234567890123LL), 1234567890123LL);
	CHECK_INT(llabs(LLONG_MAX), LLONG_MAX);
	CHECK_INT(llabs(-LLONG_MAX), LLONG_MAX);
	CHECK_INT(llabs(0), 0);
}

static void test_rand(void)
{
	int first[64], again[64], other[64];
	int i, bad = 0, same = 0, high = 0, odd = 0, distinct = 0;
	long long sum = 0;

	/* Before any srand, the sequence is srand(1)'s. */
	for (i = 0; i < 64; i++)
		first[i] = rand();
	srand(1);
	for (i = 0; i < 64; i++)
		again[i] = rand();
	CHECK(memcmp(first, again, sizeof first) == 0);

	srand(2);
	for (i = 0; i < 64; i++)
		other[i] = rand();
	for (i = 0; i < 64; i++)
		same += other[i] == first[i];
	CHECK(same < 4);

	srand(2);
	for (i = 0; i < 64; i++)
		bad += rand() != other[i];
	CHECK_INT(bad, 0);

	/* Range and a rough spread. */
	srand(12345);
	bad = 0;
	for (i = 0; i < 20000; i++) {
		int r = rand();

		if (r < 0 || r > RAND_MAX)
			bad++;
		high += r > RAND_MAX / 2;
		odd += r & 1;
		sum += r % 100;
	}
	CHECK_INT(bad, 0);
	CHECK(high > 9000 && high < 11000);
	CHECK(odd > 9000 && odd < 11000);
	CHECK(sum > 20000LL * 45 && sum < 20000LL * 54);

	/* Values mostly differ from one call to the next. */
	srand(7);
	for (i = 0; i < 64; i++)
		first[i] = rand();
	for (i = 1; i < 64; i++)
		distinct += first[i] != first[i - 1];
	CHECK(distinct >= 62);
	srand(1);
}

/* ----- qsort ----- */

static unsigned long long cmp_calls;

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	cmp_calls++;
	return (x > y) - (x < y);
}

static int cmp_uchar(const void *a, const void *b)
{
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return (x > y) - (x < y);
}

struct rec24 {
	int key;
	int check;		/* key * 3 + 1: proves records move whole */
	char name[16];
};

static int cmp_rec(const void *a, const void *b)
{
	const struct rec24 *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

/* A three-byte element: exercises the byte-wise swap. */
struct rec3 {
	unsigned char hi, lo, tag;
};

static int cmp_rec3(const void *a, const void *b)
{
	const struct rec3 *x = a, *y = b;

	return (x->hi * 256 + x->lo) - (y->hi * 256 + y->lo);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static unsigned int lcg_state = 1;

static unsigned int lcg(void)
{
	lcg_state = lcg_state * 1103515245u + 12345u;
	return lcg_state >> 8;
}

enum shape { RANDOM, SORTED, REVERSE, EQUAL, FEW, ORGAN, SHAPES };

static int value_for(enum shape shape, size_t i, size_t n)
{
	switch (shape) {
	case RANDOM: return (int)(lcg() % 100000) - 50000;
	case SORTED: return (int)i;
	case REVERSE: return (int)(n - i);
	case EQUAL: return 7;
	case FEW: return (int)(lcg() % 3);
	default: return i < n / 2 ? (int)i : (int)(n - i);
	}
}

#define MAXN 2000

static int ints[MAXN];
static long long lls[MAXN];
static unsigned char bytes[MAXN];
static struct rec24 recs[MAXN];
static struct rec3 rec3s[MAXN];
static unsigned int counts[MAXN + 1];

static void test_qsort_shape(enum shape shape, size_t n)
{
	size_t i;
	int sorted_ok = 1, perm_ok = 1;
	long long sum_before = 0, sum_after = 0;

	/* int (size 4) */
	for (i = 0; i < n; i++) {
		ints[i] = value_for(shape, i, n);
		sum_before += ints[i];
	}
	qsort(ints, n, sizeof ints[0], cmp_int);
	for (i = 0; i < n; i++) {
		sum_after += ints[i];
		if (i && ints[i - 1] > ints[i])
			sorted_ok = 0;
	}
	CHECK(sorted_ok && sum_before == sum_after);

	/* long long (size 8), values beyond 32 bits */
	sorted_ok = 1;
	for (i = 0; i < n; i++)
		lls[i] = (long long)value_for(shape, i, n) * 4000000000LL + (long long)(i & 1);
	qsort(lls, n, sizeof lls[0], cmp_ll);
	for (i = 1; i < n; i++)
		if (lls[i - 1] > lls[i])
			sorted_ok = 0;
	CHECK(sorted_ok);

	/* unsigned char (size 1): also a counting check of the permutation */
	sorted_ok = 1;
	memset(counts, 0, sizeof counts);
	for (i = 0; i < n; i++) {
		bytes[i] = (unsigned char)value_for(shape, i, n);
		counts[bytes[i]]++;
	}
	qsort(bytes, n, 1, cmp_uchar);
	for (i = 0; i < n; i++) {
		if (i && bytes[i - 1] > bytes[i])
			sorted_ok = 0;
		counts[bytes[i]]--;
	}
	for (i = 0; i < 256; i++)
		if (counts[i])
			perm_ok = 0;
	CHECK(sorted_ok && perm_ok);

	/* 24-byte records */
	sorted_ok = 1;
	for (i = 0; i < n; i++) {
		recs[i].key = value_for(shape, i, n);
		recs[i].check = recs[i].key * 3 + 1;
		memset(recs[i].name, 'a' + (int)(i % 26), sizeof recs[i].name);
		recs[i].name[15] = (char)(recs[i].key & 0x7f);
	}
	qsort(recs, n, sizeof recs[0], cmp_rec);
	for (i = 0; i < n; i++) {
		if (i && recs[i - 1].key > recs[i].key)
			sorted_ok = 0;
		if (recs[i].check != recs[i].key * 3 + 1 ||
		    recs[i].name[15] != (char)(recs[i].key & 0x7f) ||
		    recs[i].name[0] != recs[i].name[14])
			sorted_ok = 0;
	}
	CHECK(sorted_ok);

	/* 3-byte records */
	sorted_ok = 1;
	for (i = 0; i < n; i++) {
		unsigned int v = (unsigned int)value_for(shape, i, n) & 0xffff;

		rec3s[i].hi = (unsigned char)(v >> 8);
		rec3s[i].lo = (unsigned char)v;
		rec3s[i].tag = (unsigned char)(v * 7 + 3);
	}
	qsort(rec3s, n, sizeof rec3s[0], cmp_rec3);
	for (i = 0; i < n; i++) {
		unsigned int v = rec3s[i].hi * 256u + rec3s[i].lo;

		if (i && cmp_rec3(&rec3s[i - 1], &rec3s[i]) > 0)
			sorted_ok = 0;
		if (rec3s[i].tag != (unsigned char)(v * 7 + 3))
			sorted_ok = 0;
	}
	CHECK(sorted_ok);
}

static void test_qsort(void)
{
	static const size_t sizes[] = { 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 16, 17,
					31, 64, 100, 255, 1000, MAXN };
	const char *words[] = { "pear", "apple", "fig", "banana", "cherry",
				"apple", "date" };
	int small[5] = { 3, 1, 2, 5, 4 };
	size_t s;
	int shape;

	for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
		for (shape = 0; shape < SHAPES; shape++)
			test_qsort_shape((enum shape)shape, sizes[s]);

	qsort(small, 5, sizeof small[0], cmp_int);
	CHECK(small[0] == 1 && small[1] == 2 && small[2] == 3 &&
	      small[3] == 4 && small[4] == 5);

	qsort(words, 7, sizeof words[0], cmp_str);
	CHECK_STR(words[0], "apple");
	CHECK_STR(words[1], "apple");
	CHECK_STR(words[2], "banana");
	CHECK_STR(words[3], "cherry");
	CHECK_STR(words[4], "date");
	CHECK_STR(words[5], "fig");
	CHECK_STR(words[6], "pear");

	/* Not quadratic on sorted, reverse or constant input. */
	for (shape = SORTED; shape <= EQUAL; shape++) {
		size_t i;

		for (i = 0; i < MAXN; i++)
			ints[i] = value_for((enum shape)shape, i, MAXN);
		cmp_calls = 0;
		qsort(ints, MAXN, sizeof ints[0], cmp_int);
		/* n log2 n is about 22000 here; quadratic would be 2 million */
		CHECK(cmp_calls < 80000);
	}
}

int main(void)
{
	test_ato();
	test_strtol();
	test_strtoul();
	test_abs();
	test_rand();
	test_qsort();
	return check_done();
}
