/* Exit paths: exit status, atexit order, panic, abort.
 *   exit_status N | atexit | panic | abort */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kernel/runtime.h"

static int order;

static void registered_first(void)
{
	_exit(order == 1 ? 7 : 8);	/* runs last */
}

static void registered_second(void)
{
	order++;			/* runs first */
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	if (strcmp(argv[1], "atexit") == 0) {
		if (atexit(registered_first) || atexit(registered_second))
			return 3;
		exit(5);
	}
	if (strcmp(argv[1], "panic") == 0)
		panic("test panic %d", 1234);
	if (strcmp(argv[1], "abort") == 0)
		abort();
	return atoi(argv[1]);
}
