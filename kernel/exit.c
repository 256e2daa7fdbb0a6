/*
 * Process exit, in glibc's order: the atexit and __cxa_atexit handlers
 * (newest first), the program's destructors (.fini_array, last entry
 * first), then stdio's buffers, then the heap's exit report. The heap is
 * told first that exit has begun: memory freed from then on is not worth
 * handing back, the kernel takes it all.
 */
#include <stdlib.h>
#include <unistd.h>
#include "kernel/runtime.h"
#include "kernel/startup.h"

/* Weak: linked only when the program uses stdio or the heap. */
void stdio_flush_all(void) __attribute__((weak));
void mm_exiting(void) __attribute__((weak));
void mm_exit(void) __attribute__((weak));

extern void (*__fini_array_start[])(void);
extern void (*__fini_array_end[])(void);

static void run_fini(void)
{
	static void (**fini)(void) = __fini_array_end;

	/* One entry at a time, so that an exit from a destructor goes on
	 * with the next one instead of starting over. */
	while (fini > __fini_array_start)
		(*--fini)();
}

void exit(int status)
{
	if (mm_exiting)
		mm_exiting();
	run_exit_handlers();
	run_fini();
	run_exit_handlers();	/* what destructors registered */
	if (stdio_flush_all)
		stdio_flush_all();
	if (mm_exit)
		mm_exit();
	_exit(status);
}

void _Exit(int status)
{
	_exit(status);
}
