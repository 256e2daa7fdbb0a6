/* Process exit: atexit handlers, stdio flush, the heap's exit report. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "kernel/runtime.h"

/* Weak: linked only when the program uses stdio or the heap. */
void stdio_flush_all(void) __attribute__((weak));
void mm_exit(void) __attribute__((weak));

static void (*handlers[CONFIG_ATEXIT_MAX + 1])(void);
static int nhandlers;

int atexit(void (*fn)(void))
{
	if (nhandlers >= CONFIG_ATEXIT_MAX) {
		errno = ENOMEM;
		return -1;
	}
	handlers[nhandlers++] = fn;
	return 0;
}

void exit(int status)
{
	while (nhandlers > 0)
		handlers[--nhandlers]();
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
