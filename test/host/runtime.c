/*
 * What mm/ needs from the runtime (kernel/runtime.h), on the host: panic
 * and message on stderr, the runtime record, the debug switch. _end comes
 * from the host linker (GNU ld provides it), so the low arena's hint is
 * just past this program, as it is past a bareheap image.
 *
 * panic exits with status 99 (the fault harness expects it); built with
 * -DHOST_PANIC_ABORT (the fuzzer) it aborts, so libFuzzer keeps the input.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kernel/runtime.h"

struct runtime_info runtime = { .page_size = 4096 };
char __image_start[1];
/* mm/lock.h refers to it and nothing in mm/ defines it yet; weak, so a
 * definition added to mm/ takes over. */
__attribute__((weak)) int heap_lock_word;

static void say(const char *fmt, va_list ap)
{
	char buf[512];
	int n = snprintf(buf, sizeof(buf), "bareheap: ");

	n += vsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	if (write(2, buf, n) < 0)
		return;
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(fmt, ap);
	va_end(ap);
#ifdef HOST_PANIC_ABORT
	abort();
#else
	_exit(99);
#endif
}

void message(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(fmt, ap);
	va_end(ap);
}

int runtime_debug(void)
{
	const char *v = getenv("BAREHEAP_DEBUG");

	return v && *v && strcmp(v, "0") != 0;
}

void stdio_flush_all(void)
{
	fflush(NULL);
}
