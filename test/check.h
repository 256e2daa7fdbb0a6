/*
 * The checks every test program uses. A test program runs many checks,
 * prints one line for each failure (with file, line and both values), and
 * returns check_done() from main: 0 when every check passed, 1 otherwise.
 * Its last line on stdout is "checks: N run, N failed".
 */
#ifndef TEST_CHECK_H
#define TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_run, check_failed;

static inline int check_fail_(const char *file, int line, const char *what)
{
	check_failed++;
	printf("FAIL %s:%d: %s\n", file, line, what);
	return 0;
}

static inline int check_true_(int ok, const char *file, int line,
			      const char *what)
{
	check_run++;
	return ok ? 1 : check_fail_(file, line, what);
}

#define CHECK(cond) check_true_(!!(cond), __FILE__, __LINE__, #cond)

#define CHECK_INT(got, want) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	check_run++;							\
	if (g_ != w_) {							\
		check_fail_(__FILE__, __LINE__, #got " == " #want);	\
		printf("     got %lld, want %lld\n", g_, w_);		\
	}								\
} while (0)

#define CHECK_UINT(got, want) do {					\
	unsigned long long g_ = (got), w_ = (want);			\
	check_run++;							\
	if (g_ != w_) {							\
		check_fail_(__FILE__, __LINE__, #got " == " #want);	\
		printf("     got %llu (0x%llx), want %llu (0x%llx)\n",	\
		       g_, g_, w_, w_);					\
	}								\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	check_run++;							\
	if (!g_ || strcmp(g_, w_) != 0) {				\
		check_fail_(__FILE__, __LINE__, #got " == " #want);	\
		printf("     got \"%s\", want \"%s\"\n",			\
		       g_ ? g_ : "(null)", w_);				\
	}								\
} while (0)

/* snprintf into BUF (an array) must give exactly WANT (a string literal). */
#define CHECK_FORMAT(buf, want, ...) do {				\
	int n_ = snprintf(buf, sizeof buf, __VA_ARGS__);		\
	CHECK_STR(buf, want);						\
	CHECK_INT(n_, sizeof(want) - 1);				\
} while (0)

static inline int check_done(void)
{
	printf("checks: %d run, %d failed\n", check_run, check_failed);
	return check_failed ? 1 : 0;
}

#endif
