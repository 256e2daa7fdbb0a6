/*
 * Generic start-up: _start (arch/<arch>/start.S) hands over the initial
 * stack, which holds argc, argv[], NULL, envp[], NULL, then the auxiliary
 * vector of (type, value) pairs ending with AT_NULL. Walk it once, set up
 * memory, run the program, exit with its status.
 */
#include <stdlib.h>
#include <unistd.h>
#include "kernel/runtime.h"

#define AT_NULL		0
#define AT_PAGESZ	6
#define AT_HWCAP	16
#define AT_RANDOM	25
#define AT_EXECFN	31

struct runtime_info runtime = { .page_size = 4096 };
char **environ;

int main(int argc, char **argv, char **envp);

/* Weak: a program that never allocates links no allocator. */
void mm_init(void) __attribute__((weak));

extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);

static void read_auxv(const unsigned long *auxv)
{
	for (; auxv[0] != AT_NULL; auxv += 2) {
		switch (auxv[0]) {
		case AT_PAGESZ:
			runtime.page_size = auxv[1];
			break;
		case AT_HWCAP:
			runtime.hwcap = auxv[1];
			break;
		case AT_RANDOM:
			runtime.random = (const unsigned char *)auxv[1];
			break;
		case AT_EXECFN:
			runtime.execfn = (const char *)auxv[1];
			break;
		}
	}
}

__attribute__((noreturn, used)) void start_c(long *sp)
{
	char **envp_end;
	void (**ctor)(void);

	runtime.argc = (int)sp[0];
	runtime.argv = (char **)(sp + 1);
	runtime.envp = runtime.argv + runtime.argc + 1;
	environ = runtime.envp;
	for (envp_end = runtime.envp; *envp_end; envp_end++)
		;
	read_auxv((const unsigned long *)(envp_end + 1));

	if (mm_init)
		mm_init();
	for (ctor = __init_array_start; ctor < __init_array_end; ctor++)
		(*ctor)();
	exit(main(runtime.argc, runtime.argv, runtime.envp));
}
