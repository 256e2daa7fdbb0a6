/*
 * A protected function found its canary overwritten: say so as glibc does
 * and end with SIGABRT, since the stack can no longer be trusted.
 */
#include <stdlib.h>
#include <unistd.h>

__attribute__((noreturn)) void __stack_chk_fail(void)
{
	static const char text[] = "*** stack smashing detected ***: terminated\n";

	write(STDERR_FILENO, text, sizeof(text) - 1);
	abort();
}

/* The name i386 position-independent code calls instead. */
__attribute__((noreturn, visibility("hidden"), alias("__stack_chk_fail")))
void __stack_chk_fail_local(void);
