/*
 * Tests for the memory streams: fmemopen on a caller's buffer (and on one
 * of its own) and open_memstream's growing buffer. Every answer was
 * checked with glibc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static void test_fmemopen_read(void)
{
	char buf[8] = "abcdefg", line[16];
	FILE *f = fmemopen(buf, sizeof buf, "r");
	int r, e;

	CHECK(f != NULL);
	CHECK(fgets(line, sizeof line, f) == line);
	CHECK_UINT(strlen(line), 7);
	CHECK_STR(line, "abcdefg");	/* and the NUL: all 8 bytes are data */
	CHECK(feof(f));
	CHECK_INT(getc(f), EOF);
	CHECK_INT(fseek(f, -3, SEEK_END), 0);
	CHECK_INT(getc(f), 'f');
	CHECK_INT(ftell(f), 6);
	errno = 0;
	r = fputc('x', f);
	e = errno;
	CHECK_INT(r, EOF);
	CHECK_INT(e, EBADF);
	CHECK(ferror(f));
	errno = 0;
	r = fileno(f);
	e = errno;
	CHECK_INT(r, -1);
	CHECK_INT(e, EBADF);
	CHECK_INT(fclose(f), 0);
}

static void test_fmemopen_write(void)
{
	char buf[8], line[16];
	FILE *f;
	int r, e;

	memset(buf, 'z', sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	CHECK_INT(fprintf(f, "12345678901"), 11);	/* buffered */
	CHECK_INT(fflush(f), EOF);
	CHECK(ferror(f));
	CHECK(memcmp(buf, "1234567", 8) == 0);	/* NUL in the last byte */
	CHECK_INT(ftell(f), 8);
	CHECK_INT(fputc('x', f), 'x');
	errno = 0;
	r = fflush(f);
	e = errno;
	CHECK_INT(r, EOF);
	CHECK_INT(e, ENOSPC);
	CHECK_INT(fclose(f), 0);

	memset(buf, 'z', sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	CHECK_INT(fputs("ab", f), 1);
	CHECK_INT(fflush(f), 0);
	CHECK(memcmp(buf, "ab\0zzzzz", 8) == 0);
	CHECK_INT(fseek(f, 0, SEEK_END), 0);
	CHECK_INT(ftell(f), 2);
	errno = 0;
	r = fseek(f, 9, SEEK_SET);
	e = errno;
	CHECK_INT(r, -1);
	CHECK_INT(e, EINVAL);
	CHECK_INT(fseek(f, 8, SEEK_SET), 0);
	CHECK_INT(fclose(f), 0);

	strcpy(buf, "abc");
	f = fmemopen(buf, sizeof buf, "a+");
	CHECK_INT(ftell(f), 3);
	CHECK_INT(fputs("de", f), 1);
	CHECK_INT(fflush(f), 0);
	CHECK_STR(buf, "abcde");
	CHECK_INT(ftell(f), 5);
	rewind(f);
	CHECK(fgets(line, sizeof line, f) == line);
	CHECK_STR(line, "abcde");
	CHECK_INT(fclose(f), 0);

	f = fmemopen(NULL, 16, "w+");	/* a buffer of its own */
	CHECK(f != NULL);
	CHECK_INT(fputs("xyz", f), 1);
	rewind(f);
	CHECK(fgets(line, sizeof line, f) == line);
	CHECK_STR(line, "xyz");
	CHECK_INT(fclose(f), 0);

	errno = 0;
	f = fmemopen(buf, sizeof buf, "q");
	e = errno;
	CHECK(f == NULL);
	CHECK_INT(e, EINVAL);
}

static void test_memstream(void)
{
	char *p = NULL;
	size_t n = 1;
	FILE *f = open_memstream(&p, &n);
	int i, r, e;

	CHECK(f != NULL);
	CHECK_INT(fputs("hello", f), 1);
	CHECK_INT(fflush(f), 0);
	CHECK_UINT(n, 5);
	CHECK_STR(p, "hello");
	CHECK_INT(fseek(f, 2, SEEK_SET), 0);
	CHECK_INT(fflush(f), 0);
	CHECK_UINT(n, 2);		/* the size is the position */
	CHECK_STR(p, "hello");
	CHECK_INT(ftell(f), 2);
	CHECK_INT(fputc('X', f), 'X');
	CHECK_INT(fflush(f), 0);
	CHECK_UINT(n, 3);
	CHECK_STR(p, "heXlo");
	CHECK_INT(fseek(f, 10, SEEK_SET), 0);
	CHECK_INT(fflush(f), 0);
	CHECK_UINT(n, 10);
	CHECK_INT(fputc('Y', f), 'Y');
	CHECK_INT(fflush(f), 0);
	CHECK_UINT(n, 11);
	CHECK_STR(p, "heXlo");
	CHECK(p[7] == 0 && p[10] == 'Y' && p[11] == 0);
	CHECK_INT(fseek(f, 0, SEEK_END), 0);
	CHECK_INT(ftell(f), 11);
	errno = 0;
	r = fseek(f, -100, SEEK_CUR);
	e = errno;
	CHECK_INT(r, -1);
	CHECK_INT(e, EINVAL);
	CHECK_INT(fgetc(f), EOF);	/* write-only */
	for (i = 0; i < 10000; i++)
		fprintf(f, "%04d", i % 10000);
	CHECK_INT(fclose(f), 0);
	CHECK_UINT(n, 40011);
	CHECK(memcmp(p + 11, "000000010002", 12) == 0);
	CHECK(memcmp(p + n - 4, "9999", 5) == 0);
	free(p);
}

int main(void)
{
	test_fmemopen_read();
	test_fmemopen_write();
	test_memstream();
	return check_done();
}
