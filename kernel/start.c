/*
 * Generic start-up: _start (arch/<arch>/start.S) hands over the initial
 * stack, which holds argc, argv[], NULL, envp[], NULL, then the auxiliary
 * vector of (type, value) pairs ending with AT_NULL. Walk it once, set up
 * the thread pointer and the stack protector's canary (before any code that
 * may use them), then memory, run the constructors with (argc, argv, envp)
 * as glibc passes them, run the program, exit with its status.
 */
#include <stdlib.h>
#include <unistd.h>
#include <sys/auxv.h>
#include "kernel/runtime.h"
#include "kernel/startup.h"

struct runtime_info runtime = { .page_size = 4096 };
char **environ;
const unsigned long *auxv_start;

/* What C++ objects register their destructors against (__cxa_atexit). */
void *__dso_handle = &__dso_handle;

int main(int argc, char **argv, char **envp);

/* Weak: a program that never allocates links no allocator. */
void mm_init(void) __attribute__((weak));

typedef void (*init_fn)(int argc, char **argv, char **envp);
extern init_fn __preinit_array_start[], __preinit_array_end[];
extern init_fn __init_array_start[], __init_array_end[];

static void read_auxv(const unsigned long *auxv, const void **phdr,
		      unsigned long *phnum)
{
	for (; auxv[0] != AT_NULL; auxv += 2) {
		switch (auxv[0]) {
		case AT_PHDR:
			*phdr = (const void *)auxv[1];
			break;
		case AT_PHNUM:
			*phnum = auxv[1];
			break;
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

static void run_init(init_fn *start, init_fn *end)
{
	for (; start < end; start++)
		(*start)(runtime.argc, runtime.argv, runtime.envp);
}

__attribute__((noreturn, used)) void start_c(long *sp)
{
	char **envp_end;
	const void *phdr = NULL;
	unsigned long phnum = 0;
	void *tp;

	runtime.argc = (int)sp[0];
	runtime.argv = (char **)(sp + 1);
	runtime.envp = runtime.argv + runtime.argc + 1;
	environ = runtime.envp;
	for (envp_end = runtime.envp; *envp_end; envp_end++)
		;
	auxv_start = (const unsigned long *)(envp_end + 1);
	read_auxv(auxv_start, &phdr, &phnum);

	tp = tls_init(phdr, phnum);
	stack_guard_init(tp, runtime.random);
	if (mm_init)
		mm_init();
	run_init(__preinit_array_start, __preinit_array_end);
	run_init(__init_array_start, __init_array_end);
	exit(main(runtime.argc, runtime.argv, runtime.envp));
}
