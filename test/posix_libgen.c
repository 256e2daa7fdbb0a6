/* POSIX dirname and basename, with glibc's answers for the corner cases. */
#include <libgen.h>
#include <string.h>
#include "check.h"

static const char *const cases[][3] = {
	/* path, dirname, basename */
	{ "/usr/lib", "/usr", "lib" },
	{ "/usr/", "/", "usr" },
	{ "usr", ".", "usr" },
	{ "/", "/", "/" },
	{ "//", "//", "/" },
	{ "///", "/", "/" },
	{ ".", ".", "." },
	{ " ..", ".", " .." },
	{ "", ".", "." },
	{ "a//b//", "a", "b" },
	{ "//a", "//", "a" },
	{ "a/", ".", "a" },
	{ "/a/b/c///", "/a/b", "c" },
	{ "//usr//lib//", "//usr", "lib" },
};

int main(void)
{
	unsigned i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char a[64], b[64];

		strcpy(a, cases[i][0]);
		strcpy(b, cases[i][0]);
		CHECK_STR(dirname(a), cases[i][1]);
		CHECK_STR(basename(b), cases[i][2]);
	}
	CHECK_STR(dirname(NULL), ".");
	CHECK_STR(basename(NULL), ".");
	return check_done();
}
