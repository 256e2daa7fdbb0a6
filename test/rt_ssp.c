/* The stack protector: a program built with it runs, its canary comes
 * from AT_RANDOM with a zero low byte and sits where the ABI reads it,
 * and an overflow ends the program as glibc's does: the message on
 * stderr, then SIGABRT (status 134).
 *   rt_ssp ok | smash */
#pragma GCC optimize("stack-protector-all")
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "kernel/runtime.h"

extern uintptr_t __stack_chk_guard;

__attribute__((noinline)) static void copy(char *src, size_t n)
{
	char buf[8];

	memcpy(buf, src, n);
	__asm__ volatile ("" : : "r"(buf) : "memory");
}

__attribute__((noinline)) static int depth(int n)
{
	char buf[16];

	memset(buf, n, sizeof(buf));
	__asm__ volatile ("" : : "r"(buf) : "memory");
	return n ? depth(n - 1) + buf[3] : 0;
}

static uintptr_t abi_guard(void)
{
	uintptr_t g;

#if defined(__x86_64__)
	__asm__("mov %%fs:0x28, %0" : "=r"(g));
#elif defined(__i386__)
	__asm__("mov %%gs:0x14, %0" : "=r"(g));
#else
	g = __stack_chk_guard;
#endif
	return g;
}

int main(int argc, char **argv)
{
	char fill[64];
	uintptr_t from_random;

	memset(fill, 'A', sizeof(fill));
	if (argc > 1 && strcmp(argv[1], "smash") == 0) {
		copy(fill, sizeof(fill));
		return 3;		/* not reached */
	}
	copy(fill, 4);
	CHECK_INT(depth(10), 55);
	CHECK(runtime.random != NULL);
	if (runtime.random) {
		memcpy(&from_random, runtime.random, sizeof(from_random));
		CHECK_UINT(abi_guard(), from_random & ~(uintptr_t)0xff);
	}
	CHECK_UINT(abi_guard() & 0xff, 0);
	CHECK(abi_guard() != 0);
	CHECK_UINT(__stack_chk_guard, abi_guard());
	return check_done();
}
