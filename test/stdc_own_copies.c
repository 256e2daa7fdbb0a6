/*
 * A program may carry its own copies of the functions that ISO C does not
 * reserve (portability shims): they link, and win, even beside the
 * library's other functions from the same file.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "check.h"

long random(void)
{
	return 4;			/* chosen by a fair dice roll */
}

char *index(const char *s, int c)
{
	(void)c;
	return (char *)s + 1;
}

void bzero(void *s, size_t n)
{
	memset(s, 'z', n);
}

int setenv(const char *name, const char *value, int overwrite)
{
	(void)name, (void)value, (void)overwrite;
	return 42;
}

size_t strlcpy(char *dst, const char *src, size_t size)
{
	(void)src;
	if (size)
		*dst = '\0';
	return 99;
}

int ffs(int i)
{
	return i + 1000;
}

int main(void)
{
	char buf[8] = "abc";

	CHECK_INT(random(), 4);
	srand(1);
	CHECK_INT(rand(), 1804289383);	/* the library's generator still */
	CHECK(index("xyz", 'q') != NULL);
	CHECK_STR(rindex("a/b/c", '/'), "/c");
	bzero(buf, 2);
	CHECK(buf[0] == 'z' && buf[1] == 'z');
	CHECK(bcmp("ab", "ab", 2) == 0);
	CHECK_INT(setenv("X", "1", 1), 42);
	CHECK_INT(unsetenv("X"), 0);
	CHECK_INT(strlcpy(buf, "q", sizeof buf), 99);
	CHECK_INT(ffs(1), 1001);
	CHECK_INT(ffsl(4), 3);
	return check_done();
}
