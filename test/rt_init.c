/* Constructors get (argc, argv, envp) as glibc passes them; exit runs the
 * atexit handlers newest first, then the destructors (in reverse), then
 * what the destructors registered, then flushes stdio. The order below is
 * glibc's own (checked with the host's gcc, dynamic and static).
 *   rt_init one two   (the last handler reports on stderr) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

extern char **environ;

static char order[64];
static int norder;
static int ctor_argc = -1, ctor_argv_ok, ctor_envp_ok, ctor_ran_first;

static void add(char c)
{
	order[norder++] = c;
	order[norder] = '\0';
}

static void from_ctor(void) { add('a'); }
static void from_main1(void) { add('b'); }
static void from_main2(void) { add('c'); }

static void from_dtor(void)
{
	static const char want[] = "1cbaFEDx";

	add('x');
	/* Last of all, and stdio is not flushed yet: the buffered line of
	 * main must still come out after this. */
	if (strcmp(order, want) == 0)
		write(STDERR_FILENO, "exit order ok\n", 14);
	else {
		write(STDERR_FILENO, "exit order wrong: ", 18);
		write(STDERR_FILENO, order, strlen(order));
		write(STDERR_FILENO, "\n", 1);
	}
}

__attribute__((constructor(101)))
static void first_ctor(int argc, char **argv, char **envp)
{
	ctor_argc = argc;
	ctor_argv_ok = argv && argc == 3 && strcmp(argv[1], "one") == 0 &&
		       strcmp(argv[2], "two") == 0 && argv[3] == NULL;
	ctor_envp_ok = envp == argv + argc + 1 && envp == environ;
	ctor_ran_first = norder == 0;
	atexit(from_ctor);
}

__attribute__((constructor(102))) static void second_ctor(void)
{
	add('1');
}

__attribute__((destructor(101))) static void last_dtor(void) { add('D'); }

__attribute__((destructor(102))) static void middle_dtor(void)
{
	add('E');
	atexit(from_dtor);
}

__attribute__((destructor)) static void first_dtor(void) { add('F'); }

int main(int argc, char **argv)
{
	(void)argv;
	CHECK_INT(ctor_argc, argc);
	CHECK(ctor_argv_ok);
	CHECK(ctor_envp_ok);
	CHECK(ctor_ran_first);
	CHECK_STR(order, "1");
	atexit(from_main1);
	atexit(from_main2);
	return check_done();
}
