/*
 * program_invocation_name and program_invocation_short_name (glibc): the
 * program's argv[0] and its part after the last '/', set before any of
 * the program's constructors run.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "kernel/runtime.h"

char *program_invocation_name = "";
char *program_invocation_short_name = "";

__attribute__((constructor(101))) static void progname_init(void)
{
	char *slash;

	if (runtime.argc < 1 || !runtime.argv[0])
		return;
	program_invocation_name = runtime.argv[0];
	slash = strrchr(runtime.argv[0], '/');
	program_invocation_short_name = slash ? slash + 1 : runtime.argv[0];
}
