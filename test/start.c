/* Start-up: argc, argv, envp and the auxiliary vector reach the program. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "kernel/runtime.h"

static int constructed;

__attribute__((constructor)) static void before_main(void)
{
	constructed = 1;
}

int main(int argc, char **argv, char **envp)
{
	static char zeroed[4096];
	size_t i;
	int nonzero = 0;

	/* run as: start one two three */
	CHECK_INT(argc, 4);
	CHECK(argv[0] != NULL && strstr(argv[0], "start") != NULL);
	CHECK_STR(argv[1], "one");
	CHECK_STR(argv[2], "two");
	CHECK_STR(argv[3], "three");
	CHECK(argv[4] == NULL);

	CHECK(envp == environ);
	CHECK(envp == argv + argc + 1);
	if (envp[0]) {
		char name[64];
		size_t len = strcspn(envp[0], "=");

		CHECK(len < sizeof(name));
		memcpy(name, envp[0], len);
		name[len] = '\0';
		CHECK(getenv(name) == envp[0] + len + 1);
	}
	CHECK(getenv("BAREHEAP_SURELY_UNSET_VARIABLE") == NULL);

	CHECK_INT(getpagesize(), 4096);
	CHECK_INT(sysconf(_SC_PAGESIZE), 4096);
	CHECK(runtime.random != NULL);
	if (runtime.random)
		for (i = 0; i < 16; i++)
			nonzero |= runtime.random[i];
	CHECK(nonzero != 0);
	CHECK(runtime.argv == argv);

	CHECK((char *)&zeroed < _end);
	CHECK((char *)main >= __image_start && (char *)main < _end);
	for (i = 0; i < sizeof(zeroed); i++)
		nonzero = zeroed[i] ? -1 : nonzero;
	CHECK(nonzero != -1);	/* .bss starts zeroed */
	CHECK_INT(constructed, 1);
	/* The stack is 16-byte aligned where the ABI says so. */
	CHECK(((unsigned long)__builtin_frame_address(0) & 3) == 0);
	return check_done();
}
