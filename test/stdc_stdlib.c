/*
 * Tests for the rest of <stdlib.h> (and <inttypes.h>, <locale.h>): the
 * environment, searching, division, glibc's random sequences, the C
 * locale's multibyte functions, realpath over a tree of its own in /tmp,
 * setlocale and localeconv.
 *   stdc_stdlib                  the checks
 *   stdc_stdlib quick_exit       at_quick_exit handlers, then status 5
 *   stdc_stdlib assert           a failed assert (stderr, status 134)
 */
#define _GNU_SOURCE
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static void test_env(void)
{
	char entry[] = "STDC_PUT=direct";
	char *first;

	CHECK_INT(setenv("STDC_A", "1", 1), 0);
	CHECK_STR(getenv("STDC_A"), "1");
	first = getenv("STDC_A");
	CHECK_INT(setenv("STDC_A", "2", 0), 0);
	CHECK_STR(getenv("STDC_A"), "1");
	CHECK_INT(setenv("STDC_A", "22", 1), 0);
	CHECK_STR(getenv("STDC_A"), "22");
	CHECK_STR(first, "1");		/* what getenv gave stays valid */
	CHECK_INT(setenv("STDC_EMPTY", "", 1), 0);
	CHECK_STR(getenv("STDC_EMPTY"), "");

	errno = 0;
	CHECK_INT(setenv("", "x", 1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(setenv("A=B", "x", 1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(unsetenv("A=B"), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(unsetenv(""), -1);
	CHECK_INT(errno, EINVAL);

	CHECK_INT(putenv(entry), 0);
	CHECK_STR(getenv("STDC_PUT"), "direct");
	entry[9] = 'D';			/* putenv keeps the string itself */
	CHECK_STR(getenv("STDC_PUT"), "Direct");
	CHECK_INT(putenv("STDC_PUT"), 0);	/* no '=': removes it */
	CHECK(getenv("STDC_PUT") == NULL);

	CHECK_INT(unsetenv("STDC_A"), 0);
	CHECK(getenv("STDC_A") == NULL);
	CHECK_INT(unsetenv("STDC_NEVER_SET"), 0);

	/* Many variables: environ grows. */
	{
		char name[16], value[16];
		int i, ok = 1;

		for (i = 0; i < 200; i++) {
			snprintf(name, sizeof name, "STDC_V%d", i);
			snprintf(value, sizeof value, "%d", i * 3);
			ok &= setenv(name, value, 1) == 0;
		}
		CHECK(ok);
		for (i = 0; i < 200; i += 37) {
			snprintf(name, sizeof name, "STDC_V%d", i);
			snprintf(value, sizeof value, "%d", i * 3);
			CHECK_STR(getenv(name), value);
		}
	}
	CHECK_INT(clearenv(), 0);
	CHECK(getenv("STDC_V5") == NULL);
	CHECK(getenv("STDC_EMPTY") == NULL);
	CHECK_INT(setenv("STDC_AFTER", "yes", 0), 0);
	CHECK_STR(getenv("STDC_AFTER"), "yes");
	CHECK(environ != NULL && environ[0] != NULL && environ[1] == NULL);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static void test_numbers(void)
{
	static const int sorted[] = { 1, 3, 5, 7, 9, 11, 13 };
	div_t d;
	ldiv_t ld;
	lldiv_t lld;
	imaxdiv_t id;
	int key, i;
	char *end;

	for (i = 0; i < 7; i++) {
		key = sorted[i];
		CHECK(bsearch(&key, sorted, 7, sizeof(int), cmp_int) ==
		      &sorted[i]);
		key = sorted[i] + 1;
		CHECK(bsearch(&key, sorted, 7, sizeof(int), cmp_int) == NULL);
	}
	key = 0;
	CHECK(bsearch(&key, sorted, 7, sizeof(int), cmp_int) == NULL);
	CHECK(bsearch(&key, sorted, 0, sizeof(int), cmp_int) == NULL);

	d = div(-7, 2);
	CHECK(d.quot == -3 && d.rem == -1);
	ld = ldiv(7, -2);
	CHECK(ld.quot == -3 && ld.rem == 1);
	lld = lldiv(-7, -2);
	CHECK(lld.quot == 3 && lld.rem == -1);
	id = imaxdiv(INTMAX_MIN, 10);
	CHECK(id.quot == INTMAX_MIN / 10 && id.rem == -8);
	CHECK(imaxabs(-5) == 5 && llabs(-5LL) == 5 && labs(-5L) == 5);

	errno = 0;
	CHECK(strtoimax("-9223372036854775809", &end, 10) == INTMAX_MIN);
	CHECK_INT(errno, ERANGE);
	CHECK(*end == '\0');
	errno = 0;
	CHECK(strtoumax(" 0x1F", &end, 0) == 31 && errno == 0 && !*end);
	CHECK(strtoumax("0x", &end, 16) == 0);
	CHECK_STR(end, "x");		/* "0" was the number */
	CHECK(strtol("0xg", &end, 0) == 0);
	CHECK_STR(end, "xg");
	CHECK(strtoul("-1", &end, 10) == ULONG_MAX && errno == 0);

	/* The same sequences as glibc's. */
	srand(1);
	CHECK_INT(rand(), 1804289383);
	CHECK_INT(rand(), 846930886);
	CHECK_INT(rand(), 1681692777);
	srand(0);
	CHECK_INT(rand(), 1804289383);	/* 0 seeds as 1 */
	srandom(42);
	CHECK_INT(random(), 71876166);
	CHECK_INT(random(), 708592740);
	srandom(4000000000u);
	CHECK_INT(random(), 1111130805);
	{
		unsigned int seed = 7;

		CHECK_INT(rand_r(&seed), 1187592820);
		CHECK_INT(rand_r(&seed), 153898277);
		CHECK_UINT(seed, 2368046169u);
	}

	/* The 48-bit family, as glibc's. */
	{
		unsigned short x[3] = { 1, 2, 3 }, *old;

		CHECK(drand48() == 11.0 / 281474976710656.0);	/* X was 0 */
		CHECK_INT(lrand48(), 2116118);
		CHECK_INT(mrand48(), 178803790);
		srand48(12345);
		CHECK(drand48() == 0.22532851279629895);
		CHECK_INT(lrand48(), 1973930609);
		CHECK_INT(mrand48(), 888376418);
		srand48(-7);
		CHECK_INT(lrand48(), 161516272);
		CHECK(erand48(x) == 0.44199632268870914);
		CHECK_INT(nrand48(x), 565063343);
		CHECK_INT(jrand48(x), -1485464893);
		CHECK(x[0] == 7666 && x[1] == 39619 && x[2] == 42869);
		old = seed48(x);
		CHECK(old[0] == 20737 && old[1] == 5601 && old[2] == 4929);
		CHECK_INT(lrand48(), 903337097);
	}

	/* inttypes' conversions fit the types of each target. */
	CHECK_STR(PRId64, sizeof(long) == 8 ? "ld" : "lld");
	CHECK_STR(PRIxPTR, sizeof(long) == 8 ? "lx" : "x");
	CHECK_STR(PRIuMAX, sizeof(long) == 8 ? "lu" : "llu");
	CHECK_STR(SCNd8, "hhd");
	CHECK_STR(SCNu16, "hu");
	CHECK_STR(PRIdFAST16, sizeof(long) == 8 ? "ld" : "d");
	CHECK_INT(sizeof(int_fast16_t), sizeof(long) == 8 ? 8 : 4);
	CHECK_INT(sizeof(intptr_t), sizeof(void *));
	CHECK(INT64_C(-1) < 0 && sizeof(INT64_C(0)) == 8);
	CHECK(UINT32_MAX == 4294967295u && INT16_MIN == -32768);
	CHECK(SIZE_MAX == (size_t)-1 && PTRDIFF_MAX == SSIZE_MAX);
	CHECK_INT(PATH_MAX, 4096);
	CHECK_INT(NAME_MAX, 255);
	CHECK_INT(MB_LEN_MAX, 16);
	CHECK_INT(LONG_BIT, sizeof(long) * 8);
	CHECK_INT(CHAR_BIT, 8);
}

static void test_multibyte(void)
{
	wchar_t w[8], wc = 5;
	char out[8];

	CHECK_INT(MB_CUR_MAX, 1);
	errno = 0;
	CHECK_INT(mbtowc(&wc, "\xc3\xa9", 2), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(wc, 5);
	CHECK_INT(mbtowc(&wc, "A", 1), 1);
	CHECK_INT(wc, 'A');
	CHECK_INT(mbtowc(&wc, "", 1), 0);
	CHECK_INT(wc, 0);
	CHECK_INT(mbtowc(NULL, NULL, 0), 0);
	CHECK_INT(mblen("a", 1), 1);
	CHECK_INT(mblen("", 1), 0);
	CHECK_INT(mblen("a", 0), -1);
	errno = 0;
	CHECK_INT(wctomb(out, 0xe9), -1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(wctomb(out, 'A'), 1);
	CHECK_INT(out[0], 'A');
	CHECK_INT(wctomb(NULL, 0), 0);
	CHECK_INT(mbstowcs(w, "abc", 8), 3);
	CHECK(w[0] == 'a' && w[2] == 'c' && w[3] == 0);
	CHECK_INT(mbstowcs(NULL, "abcd", 0), 4);
	CHECK_INT(mbstowcs(w, "abcdef", 3), 3);
	errno = 0;
	CHECK_INT(mbstowcs(w, "a\xff", 8), (size_t)-1);
	CHECK_INT(errno, EILSEQ);
	CHECK_INT(wcstombs(out, L"xyz", 8), 3);
	CHECK_STR(out, "xyz");
	CHECK_INT(wcstombs(NULL, L"hello", 0), 5);
	errno = 0;
	CHECK_INT(wcstombs(out, L"a\x100", 8), (size_t)-1);
	CHECK_INT(errno, EILSEQ);
}

static char base[64];

static char *at(const char *rel)
{
	static char path[2][PATH_MAX];
	static int which;
	char *p = path[which ^= 1];

	snprintf(p, PATH_MAX, "%s%s", base, rel);
	return p;
}

static void test_realpath(void)
{
	char buf[PATH_MAX], *r, *long_name;
	int fd;

	snprintf(base, sizeof base, "/tmp/stdc_rp.%d", (int)getpid());
	if (!CHECK(mkdir(base, 0700) == 0))
		return;
	/* The base itself may lie under a link (/tmp on some systems). */
	r = realpath(base, NULL);
	if (!CHECK(r != NULL))
		return;
	snprintf(base, sizeof base, "%s", r);
	free(r);
	CHECK(mkdir(at("/d"), 0700) == 0);
	CHECK(mkdir(at("/d/e"), 0700) == 0);
	fd = open(at("/f"), O_CREAT | O_WRONLY, 0600);
	CHECK(fd >= 0);
	close(fd);
	CHECK(symlink("d", at("/l")) == 0);
	CHECK(symlink("d/e/../../f", at("/lf")) == 0);
	CHECK(symlink(at("/d/e"), at("/abs")) == 0);
	CHECK(symlink("loop", at("/loop")) == 0);
	CHECK(symlink("missing", at("/dangling")) == 0);

	CHECK_STR(realpath(at("/d"), buf), at("/d"));
	CHECK_STR(realpath(at("//d/./e/..//"), buf), at("/d"));
	CHECK_STR(realpath(at("/l/e"), buf), at("/d/e"));
	CHECK_STR(realpath(at("/l/../f"), buf), at("/f"));
	CHECK_STR(realpath(at("/lf"), buf), at("/f"));
	CHECK_STR(realpath(at("/abs/.."), buf), at("/d"));
	r = realpath(at("/l"), NULL);
	CHECK_STR(r, at("/d"));
	free(r);
	CHECK_STR(realpath("/", buf), "/");
	CHECK_STR(realpath("/..", buf), "/");
	CHECK_STR(realpath("///", buf), "/");

	errno = 0;
	CHECK(realpath(at("/nothing"), buf) == NULL);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(realpath(at("/dangling"), buf) == NULL);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(realpath(at("/f/x"), buf) == NULL);
	CHECK_INT(errno, ENOTDIR);
	errno = 0;
	CHECK(realpath(at("/f/.."), buf) == NULL);
	CHECK_INT(errno, ENOTDIR);
	errno = 0;
	CHECK(realpath(at("/f/"), buf) == NULL);
	CHECK_INT(errno, ENOTDIR);
	errno = 0;
	CHECK(realpath(at("/loop"), buf) == NULL);
	CHECK_INT(errno, ELOOP);
	errno = 0;
	CHECK(realpath("", buf) == NULL);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(realpath(NULL, buf) == NULL);
	CHECK_INT(errno, EINVAL);
	long_name = malloc(PATH_MAX + 10);
	if (long_name) {
		memset(long_name, 'a', PATH_MAX + 9);
		long_name[0] = '/';
		long_name[PATH_MAX + 9] = '\0';
		errno = 0;
		CHECK(realpath(long_name, buf) == NULL);
		CHECK_INT(errno, ENAMETOOLONG);
		free(long_name);
	}
	/* A relative path starts at the working directory. */
	if (CHECK(chdir(at("/d")) == 0)) {
		CHECK_STR(realpath("e/../../f", buf), at("/f"));
		CHECK_STR(realpath(".", buf), at("/d"));
		CHECK(chdir("/") == 0);
	}

	unlink(at("/dangling"));
	unlink(at("/loop"));
	unlink(at("/abs"));
	unlink(at("/lf"));
	unlink(at("/l"));
	unlink(at("/f"));
	rmdir(at("/d/e"));
	rmdir(at("/d"));
	CHECK(rmdir(base) == 0);
}

static void test_locale(void)
{
	struct lconv *lc;

	CHECK_STR(setlocale(LC_ALL, NULL), "C");
	CHECK_STR(setlocale(LC_ALL, "C"), "C");
	CHECK_STR(setlocale(LC_ALL, "POSIX"), "C");
	CHECK(setlocale(LC_ALL, "xx_YY.UTF-8") == NULL);
	CHECK(setlocale(LC_ALL, "c") == NULL);
	CHECK_STR(setlocale(LC_ALL, NULL), "C");
	CHECK(setlocale(-1, "C") == NULL);
	CHECK(setlocale(13, NULL) == NULL);
	CHECK_STR(nl_langinfo(CODESET), "ANSI_X3.4-1968");
	CHECK_STR(setlocale(LC_CTYPE, "C.UTF-8"), "C.UTF-8");
	CHECK_STR(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	CHECK_STR(nl_langinfo(CODESET), "UTF-8");
	CHECK_STR(setlocale(LC_ALL, NULL),
		  "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;"
		  "LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;"
		  "LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;"
		  "LC_IDENTIFICATION=C");
	CHECK_STR(setlocale(LC_ALL, "C.utf8"), "C.utf8");
	CHECK_STR(setlocale(LC_NUMERIC, NULL), "C.utf8");
	/* "" follows LC_ALL, LC_<category>, LANG. */
	setenv("LC_ALL", "", 1);
	setenv("LANG", "C", 1);
	setenv("LC_NUMERIC", "POSIX", 1);
	CHECK_STR(setlocale(LC_ALL, ""), "C");
	setenv("LANG", "de_DE.UTF-8", 1);
	CHECK(setlocale(LC_ALL, "") == NULL);
	CHECK_STR(setlocale(LC_NUMERIC, ""), "C");
	setenv("LC_ALL", "C.UTF-8", 1);
	CHECK_STR(setlocale(LC_ALL, ""), "C.UTF-8");
	CHECK_STR(setlocale(LC_ALL, "C"), "C");
	CHECK_STR(nl_langinfo(CODESET), "ANSI_X3.4-1968");
	CHECK_STR(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y");
	CHECK_STR(nl_langinfo(RADIXCHAR), ".");
	CHECK_STR(nl_langinfo(MON_12), "December");
	CHECK_STR(nl_langinfo(ABDAY_1), "Sun");
	CHECK_STR(nl_langinfo(YESEXPR), "^[yY]");

	lc = localeconv();
	CHECK_STR(lc->decimal_point, ".");
	CHECK_STR(lc->thousands_sep, "");
	CHECK_STR(lc->grouping, "");
	CHECK_STR(lc->int_curr_symbol, "");
	CHECK_STR(lc->mon_decimal_point, "");
	CHECK_INT(lc->frac_digits, CHAR_MAX);
	CHECK_INT(lc->int_n_sign_posn, CHAR_MAX);
}

static void quick_one(void)
{
	fputs("quick 1\n", stderr);
}

static void quick_two(void)
{
	fputs("quick 2, ", stderr);
}

static void not_at_quick_exit(void)
{
	fputs("atexit ran\n", stderr);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "quick_exit") == 0) {
		atexit(not_at_quick_exit);
		at_quick_exit(quick_one);
		at_quick_exit(quick_two);
		quick_exit(5);
	}
	if (argc > 1 && strcmp(argv[1], "assert") == 0) {
		assert(argc == 1 + 1);
/* test/TESTS expects the failed assertion's text at this line number. */
#line 396
		assert(argc == 1);
		return 0;
	}
	CHECK_STR(program_invocation_short_name, "stdc_stdlib");
	CHECK(strstr(program_invocation_name, "stdc_stdlib") != NULL);
	test_numbers();
	test_multibyte();
	test_realpath();
	test_locale();
	test_env();
	return check_done();
}
