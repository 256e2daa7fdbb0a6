/*
 * brk and sbrk over the kernel's program break. The kernel answers brk with
 * the break it now has (the old one when it refused), so the break is
 * asked for once and then followed. Weak: a program may bring its own.
 */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "kernel/syscall.h"

static uintptr_t current;

static uintptr_t kernel_break(uintptr_t want)
{
	return (uintptr_t)arch_syscall1(__NR_brk, SC(want));
}

__attribute__((weak)) int brk(void *addr)
{
	uintptr_t got = kernel_break((uintptr_t)addr);

	current = got;
	if (got < (uintptr_t)addr) {	/* below the start is not refused */
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

__attribute__((weak)) void *sbrk(ptrdiff_t increment)
{
	uintptr_t old = current ? current : kernel_break(0), want;

	current = old;
	want = old + (uintptr_t)increment;
	if (increment == 0)
		return (void *)old;
	if ((increment > 0 && want < old) || (increment < 0 && want > old) ||
	    kernel_break(want) != want) {
		errno = ENOMEM;
		return (void *)-1;
	}
	current = want;
	return (void *)old;
}
