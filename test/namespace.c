/*
 * A program may use every name the C library does not reserve: its own
 * globals named like the runtime's internals (runtime, heap, panic,
 * message) and its own copies of the newer library functions (getline,
 * strlcpy, reallocarray), which it links instead of the library's. Built
 * without the internal-name renaming the other tests get (test/Makefile).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

int runtime = 42;
struct { int pages; } heap = { 7 };
static int own_calls;

int panic(int x)
{
	return x + 1;
}

const char *message(void)
{
	return "the program's own message";
}

ssize_t getline(char **__restrict linep, size_t *__restrict sizep,
		FILE *__restrict f)
{
	(void)linep; (void)sizep; (void)f;
	own_calls++;
	return -42;
}

size_t strlcpy(char *__restrict dst, const char *__restrict src, size_t size)
{
	(void)dst; (void)src; (void)size;
	own_calls++;
	return 4242;
}

void *reallocarray(void *p, size_t nmemb, size_t size)
{
	own_calls++;
	return realloc(p, nmemb * size + 1);
}

int main(void)
{
	char buf[8];
	char *p, *line = NULL;
	size_t n = 0;

	/* The library's heap and stdio, with their internal state, work. */
	p = malloc(100);
	CHECK(p != NULL);
	strcpy(p, "heap");
	p = reallocarray(p, 10, 20);
	CHECK(p != NULL);
	CHECK_STR(p, "heap");
	free(p);

	CHECK_INT(runtime, 42);
	CHECK_INT(heap.pages, 7);
	CHECK_INT(panic(1), 2);
	CHECK_STR(message(), "the program's own message");
	CHECK_INT(getline(&line, &n, stdin), -42);
	CHECK_INT(strlcpy(buf, "abc", sizeof(buf)), 4242);
	CHECK_INT(own_calls, 3);
	CHECK(getenv("BAREHEAP_SURELY_UNSET_VARIABLE") == NULL);
	return check_done();
}
