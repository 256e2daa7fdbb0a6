/*
 * Tests for stdio on files: fopen's modes, buffered reads and writes,
 * switching between them, ungetc, fgets, getline, seeking and telling,
 * setvbuf, fdopen, freopen, tmpfile, mkstemp and kin, remove, rename.
 * Works in /tmp (or $TMPDIR) only; every answer was checked with glibc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char path[64], path2[64];

/* Reads the whole file at p into buf: its length. */
static long slurp(const char *p, char *buf, size_t size)
{
	FILE *f = fopen(p, "r");
	size_t n;

	if (!f)
		return -1;
	n = fread(buf, 1, size - 1, f);
	buf[n] = '\0';
	fclose(f);
	return (long)n;
}

static void test_modes(void)
{
	char buf[256];
	FILE *f;

	f = fopen(path, "w");
	CHECK(f != NULL);
	CHECK_INT(fputs("hello\n", f), 1);
	CHECK_INT(fprintf(f, "%d %s\n", 42, "world"), 9);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(slurp(path, buf, sizeof buf), 15);
	CHECK_STR(buf, "hello\n42 world\n");

	f = fopen(path, "a");
	CHECK_INT(ftell(f), 15);	/* "a" starts at the end */
	CHECK_INT(fputc('!', f), '!');
	CHECK_INT(ftell(f), 16);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(slurp(path, buf, sizeof buf), 16);

	f = fopen(path, "r+");
	CHECK_INT(fgetc(f), 'h');
	CHECK_INT(fseek(f, 0, SEEK_CUR), 0);
	CHECK_INT(fputc('E', f), 'E');	/* overwrites the 'e' */
	CHECK_INT(fseek(f, 0, SEEK_SET), 0);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "hEllo\n");
	CHECK_INT(fclose(f), 0);

	f = fopen(path, "a+");
	CHECK_INT(ftell(f), 0);		/* "a+" reads from the start */
	CHECK_INT(fgetc(f), 'h');
	CHECK_INT(fputs("tail", f), 1);	/* but writes at the end */
	CHECK_INT(fseek(f, -4, SEEK_END), 0);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "tail");
	CHECK_INT(ftell(f), 20);
	CHECK_INT(fclose(f), 0);

	f = fopen(path, "w+");
	CHECK_INT(fgetc(f), EOF);	/* truncated */
	CHECK(feof(f));
	CHECK_UINT(fwrite("abc", 1, 3, f), 3);
	rewind(f);
	CHECK(!feof(f));
	CHECK_UINT(fread(buf, 1, 10, f), 3);
	CHECK(feof(f) && !ferror(f));
	CHECK_INT(fclose(f), 0);

	errno = 0;
	CHECK(fopen(path, "wx") == NULL);	/* exists */
	CHECK_INT(errno, EEXIST);
	errno = 0;
	CHECK(fopen("/nonexistent/file", "r") == NULL);
	CHECK_INT(errno, ENOENT);
	f = fopen(path, "rbe");		/* b ignored, e close-on-exec */
	CHECK(f != NULL);
	CHECK_INT(fcntl(fileno(f), F_GETFD), FD_CLOEXEC);
	CHECK_INT(fclose(f), 0);
}

static void test_reading(void)
{
	char buf[64], *line = NULL;
	size_t cap = 0;
	FILE *f;
	int i;

	f = fopen(path, "w");
	for (i = 0; i < 1000; i++)
		fprintf(f, "line %d\n", i);
	fputs("last without newline", f);
	CHECK_INT(fclose(f), 0);

	f = fopen(path, "r");
	CHECK_INT(getline(&line, &cap, f), 7);
	CHECK_STR(line, "line 0\n");
	CHECK(cap >= 8);
	CHECK(fgets(buf, 4, f) == buf);	/* size - 1 bytes at most */
	CHECK_STR(buf, "lin");
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "e 1\n");
	CHECK_INT(getdelim(&line, &cap, ' ', f), 5);
	CHECK_STR(line, "line ");
	CHECK_INT(ungetc('X', f), 'X');
	CHECK_INT(ungetc('Y', f), 'Y');
	CHECK_INT(ftell(f), 19 - 2);
	CHECK_INT(fgetc(f), 'Y');
	CHECK_INT(getc(f), 'X');
	CHECK_INT(getc(f), '2');
	for (i = 2; i < 1000; i++)
		if (getline(&line, &cap, f) < 0)
			break;
	CHECK_INT(i, 1000);
	CHECK_INT(getline(&line, &cap, f), 20);
	CHECK_STR(line, "last without newline");
	CHECK_INT(getline(&line, &cap, f), -1);
	CHECK(feof(f));
	CHECK_INT(fgetc(f), EOF);
	CHECK(fgets(buf, sizeof buf, f) == NULL);
	CHECK_INT(ungetc(EOF, f), EOF);
	CHECK_INT(ungetc('z', f), 'z');	/* clears EOF */
	CHECK(!feof(f));
	CHECK_INT(fgetc(f), 'z');
	CHECK_INT(fgetc(f), EOF);
	clearerr(f);
	CHECK(!feof(f) && !ferror(f));

	/* fread across the buffer, and straight into a big array */
	CHECK_INT(fseek(f, 0, SEEK_SET), 0);
	{
		static char big[20000];
		size_t n = fread(big, 1, sizeof big, f);

		CHECK_UINT(n, 8890 + 20);
		CHECK(memcmp(big, "line 0\nline 1\n", 14) == 0);
		CHECK(memcmp(big + n - 20, "last without newline", 20) == 0);
	}
	CHECK_INT(fseek(f, 7, SEEK_SET), 0);
	CHECK_UINT(fread(buf, 3, 2, f), 2);
	CHECK(memcmp(buf, "line 1", 6) == 0);
	CHECK_INT(ftell(f), 13);
	CHECK_INT(fseek(f, -6, SEEK_CUR), 0);
	CHECK_INT(fgetc(f), 'l');
	CHECK_INT(fclose(f), 0);
	free(line);
}

static void test_switching(void)
{
	char buf[64];
	FILE *f = fopen(path, "w+");
	fpos_t pos;

	CHECK_INT(fputs("0123456789", f), 1);
	CHECK_INT(ftell(f), 10);
	CHECK_INT(fseek(f, 2, SEEK_SET), 0);
	CHECK_INT(fgetc(f), '2');
	CHECK_INT(fgetpos(f, &pos), 0);
	CHECK_INT(fseek(f, 0, SEEK_CUR), 0);
	CHECK_INT(fputs("ab", f), 1);
	CHECK_INT(ftell(f), 5);
	CHECK_INT(fflush(f), 0);
	CHECK_INT(fsetpos(f, &pos), 0);
	CHECK_UINT(fread(buf, 1, 3, f), 3);
	CHECK(memcmp(buf, "ab5", 3) == 0);
	errno = 0;
	CHECK_INT(fseek(f, 0, 42), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(fseek(f, -100, SEEK_SET), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(ftell(f), 6);
	CHECK_INT(fseeko(f, 0, SEEK_END), 0);
	CHECK_INT(ftello(f), 10);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(slurp(path, buf, sizeof buf), 10);
	CHECK_STR(buf, "012ab56789");
}

static void test_setvbuf(void)
{
	static char mine[256];
	char buf[64];
	FILE *f = fopen(path, "w");

	CHECK_INT(setvbuf(f, mine, _IOFBF, sizeof mine), 0);
	CHECK_INT(fputs("buffered", f), 1);
	CHECK(memcmp(mine, "buffered", 8) == 0);	/* in my buffer */
	CHECK_INT(slurp(path, buf, sizeof buf), 0);
	CHECK_INT(fflush(f), 0);
	CHECK_INT(slurp(path, buf, sizeof buf), 8);
	CHECK_INT(setvbuf(f, NULL, _IONBF, 0), 0);
	CHECK_INT(fputs("-now", f), 1);
	CHECK_INT(slurp(path, buf, sizeof buf), 12);
	CHECK(setvbuf(f, NULL, 7, 0) != 0);
	CHECK_INT(fclose(f), 0);
	CHECK_STR(buf, "buffered-now");

	f = fopen(path, "a");
	setlinebuf(f);
	CHECK_INT(fputs("-line", f), 1);
	CHECK_INT(slurp(path, buf, sizeof buf), 12);
	CHECK_INT(fputs("\n", f), 1);
	CHECK_INT(slurp(path, buf, sizeof buf), 18);
	CHECK_STR(buf, "buffered-now-line\n");
	setbuf(f, NULL);
	CHECK_INT(fputs("+", f), 1);
	CHECK_INT(slurp(path, buf, sizeof buf), 19);
	CHECK_INT(fclose(f), 0);
}

static void test_fdopen_freopen(void)
{
	char buf[64];
	int fd = open(path, O_RDWR | O_TRUNC);
	FILE *f;

	CHECK(fd >= 0);
	f = fdopen(fd, "w");
	CHECK(f != NULL);
	CHECK_INT(fileno(f), fd);
	CHECK_INT(fputs("via fd", f), 1);
	CHECK_INT(fclose(f), 0);
	CHECK_INT(close(fd), -1);	/* fclose closed it */
	errno = 0;
	CHECK(fdopen(fd, "r") == NULL);
	CHECK_INT(errno, EBADF);
	fd = open(path, O_RDONLY);
	errno = 0;
	CHECK(fdopen(fd, "w") == NULL);
	CHECK_INT(errno, EINVAL);
	f = fdopen(fd, "r");
	CHECK(f != NULL);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "via fd");

	f = freopen(path2, "w", f);
	CHECK(f != NULL);
	CHECK_INT(fileno(f), fd);	/* the same number */
	CHECK_INT(fputs("reopened", f), 1);
	f = freopen(NULL, "r", f);	/* the same file, now to read */
	CHECK(f != NULL);
	CHECK_INT(fileno(f), fd);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "reopened");
	CHECK_INT(fclose(f), 0);
	f = freopen(path2, "a+", fopen(path, "r"));
	CHECK(f != NULL);
	CHECK_INT(fputs("+", f), 1);
	rewind(f);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "reopened+");
	CHECK_INT(fclose(f), 0);
}

static void test_temp(void)
{
	char name[64], dir[64], buf[16];
	FILE *f;
	int fd;

	f = tmpfile();
	CHECK(f != NULL);
	CHECK_INT(fputs("scratch", f), 1);
	rewind(f);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "scratch");
	CHECK_INT(fclose(f), 0);

	strcpy(name, "/tmp/stdio_testXXXXXX");
	fd = mkstemp(name);
	CHECK(fd >= 0);
	CHECK(strncmp(name, "/tmp/stdio_test", 15) == 0 &&
	      strcmp(name + 15, "XXXXXX") != 0 && strlen(name) == 21);
	CHECK_INT(write(fd, "x", 1), 1);
	CHECK_INT(close(fd), 0);
	CHECK_INT(rename(name, path2), 0);
	errno = 0;
	CHECK_INT(remove(name), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(slurp(path2, buf, sizeof buf), 1);

	strcpy(name, "/tmp/stdio_bad");
	errno = 0;
	CHECK_INT(mkstemp(name), -1);
	CHECK_INT(errno, EINVAL);
	strcpy(name, "/tmp/stdio_XXXXX");
	errno = 0;
	CHECK_INT(mkostemp(name, O_CLOEXEC), -1);
	CHECK_INT(errno, EINVAL);
	strcpy(name, "/tmp/stdio_XXXXXX");
	fd = mkostemp(name, O_CLOEXEC);
	CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	close(fd);
	CHECK_INT(remove(name), 0);
	strcpy(name, "/tmp/stdio_XXXXXX.txt");
	fd = mkstemps(name, 4);
	CHECK(fd >= 0 && strcmp(name + 17, ".txt") == 0);
	close(fd);
	CHECK_INT(remove(name), 0);

	strcpy(dir, "/tmp/stdio_dirXXXXXX");
	CHECK(mkdtemp(dir) == dir);
	strcpy(name, dir);
	strcat(name, "/f");
	f = fopen(name, "w");
	CHECK(f != NULL);
	fclose(f);
	errno = 0;
	CHECK_INT(remove(dir), -1);	/* not empty */
	CHECK_INT(errno, ENOTEMPTY);
	CHECK_INT(remove(name), 0);
	CHECK_INT(remove(dir), 0);	/* a directory */
	CHECK(tmpnam(name) == name && strncmp(name, "/tmp/", 5) == 0);
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/stdio_files.%d", (int)getpid());
	snprintf(path2, sizeof path2, "/tmp/stdio_files2.%d", (int)getpid());
	test_modes();
	test_reading();
	test_switching();
	test_setvbuf();
	test_fdopen_freopen();
	test_temp();
	remove(path);
	remove(path2);
	return check_done();
}
