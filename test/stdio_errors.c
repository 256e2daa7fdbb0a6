/*
 * Tests for how stdio reports failure: write errors (/dev/full), reading a
 * write-only stream and writing a read-only one, bad modes, seeking a pipe;
 * and stdin itself, reopened on a file. Every answer was checked with glibc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char path[64];

static void test_full(void)
{
	FILE *f = fopen("/dev/full", "w");
	int r, e;

	if (!f) {		/* a booted guest may have no /dev/full */
		printf("no /dev/full: skipped\n");
		return;
	}
	CHECK_INT(fputs("abc", f), 1);	/* only buffered */
	CHECK(!ferror(f));
	errno = 0;
	r = fflush(f);
	e = errno;
	CHECK_INT(r, EOF);
	CHECK_INT(e, ENOSPC);
	CHECK(ferror(f));
	clearerr(f);
	CHECK(!ferror(f));
	CHECK_INT(fprintf(f, "%s", "more"), 4);
	errno = 0;
	r = fclose(f);
	e = errno;
	CHECK_INT(r, EOF);
	CHECK_INT(e, ENOSPC);

	f = fopen("/dev/full", "w");
	setvbuf(f, NULL, _IONBF, 0);
	errno = 0;
	r = fputc('x', f);
	e = errno;
	CHECK_INT(r, EOF);
	CHECK_INT(e, ENOSPC);
	CHECK(ferror(f));
	CHECK_UINT(fwrite("abcd", 2, 2, f), 0);
	CHECK_INT(fprintf(f, "x%d", 1), -1);
	CHECK_INT(fclose(f), 0);	/* nothing was left to write */
}

static void test_wrong_way(void)
{
	char buf[8];
	FILE *f = fopen(path, "w");
	int r, e;

	errno = 0;
	r = fgetc(f);
	e = errno;
	CHECK_INT(r, EOF);
	CHECK_INT(e, EBADF);
	CHECK(ferror(f) && !feof(f));
	clearerr(f);
	CHECK_UINT(fread(buf, 1, sizeof buf, f), 0);
	CHECK(ferror(f));
	clearerr(f);
	CHECK(fgets(buf, sizeof buf, f) == NULL);
	CHECK_INT(fputs("data", f), 1);
	CHECK_INT(fclose(f), 0);

	f = fopen(path, "r");
	errno = 0;
	r = fputc('x', f);
	e = errno;
	CHECK_INT(r, EOF);
	CHECK_INT(e, EBADF);
	CHECK(ferror(f));
	errno = 0;
	CHECK_UINT(fwrite("x", 1, 1, f), 0);
	CHECK_INT(errno, EBADF);
	CHECK_INT(fprintf(f, "x"), -1);
	CHECK_INT(fputs("x", f), EOF);
	CHECK_INT(fgetc(f), 'd');	/* reading still works */
	CHECK_INT(fclose(f), 0);
}

static void test_modes(void)
{
	int e;
	FILE *f;

	errno = 0;
	f = fopen(path, "z");
	e = errno;
	CHECK(f == NULL);
	CHECK_INT(e, EINVAL);
	errno = 0;
	f = fopen(path, "");
	e = errno;
	CHECK(f == NULL);
	CHECK_INT(e, EINVAL);
	f = fopen(path, "rz");	/* later letters it does not know are ignored */
	CHECK(f != NULL);
	if (f)
		fclose(f);
	errno = 0;
	f = popen("true", "x");
	e = errno;
	CHECK(f == NULL);
	CHECK_INT(e, EINVAL);
}

static void test_pipe(void)
{
	char buf[16];
	int fds[2], r, e;
	FILE *in, *out;

	CHECK_INT(pipe(fds), 0);
	in = fdopen(fds[0], "r");
	out = fdopen(fds[1], "w");
	CHECK(in && out);
	CHECK_INT(fputs("through\na pipe", out), 1);
	errno = 0;
	r = fseek(out, 0, SEEK_SET);
	e = errno;
	CHECK_INT(r, -1);
	CHECK_INT(e, ESPIPE);
	CHECK_INT(fclose(out), 0);
	CHECK(fgets(buf, sizeof buf, in) == buf);
	CHECK_STR(buf, "through\n");
	errno = 0;
	CHECK_INT(ftell(in), -1);
	CHECK_INT(errno, ESPIPE);
	CHECK_INT(fflush(in), 0);	/* a pipe keeps what was read ahead */
	CHECK(fgets(buf, sizeof buf, in) == buf);
	CHECK_STR(buf, "a pipe");
	CHECK(fgets(buf, sizeof buf, in) == NULL);
	CHECK(feof(in) && !ferror(in));
	CHECK_INT(fclose(in), 0);
}

static void test_stdin(void)
{
	char buf[16];
	FILE *f = fopen(path, "w");

	fputs("first\nsecond\n", f);
	fclose(f);
	CHECK(freopen(path, "r", stdin) == stdin);
	CHECK_INT(fileno(stdin), 0);
	CHECK_INT(getchar(), 'f');
	CHECK_INT(getchar_unlocked(), 'i');
	CHECK_INT(ungetc('I', stdin), 'I');
	CHECK(fgets(buf, sizeof buf, stdin) == buf);
	CHECK_STR(buf, "Irst\n");
	CHECK_INT(getc_unlocked(stdin), 's');
	CHECK(fgets(buf, sizeof buf, stdin) == buf);
	CHECK_STR(buf, "econd\n");
	CHECK_INT(getchar(), EOF);
	CHECK(feof(stdin));
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/stdio_errors.%d", (int)getpid());
	test_full();
	test_wrong_way();
	test_modes();
	test_pipe();
	test_stdin();
	remove(path);
	return check_done();
}
