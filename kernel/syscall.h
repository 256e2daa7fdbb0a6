/*
 * The generic face of the system-call entry: the architecture's
 * arch_syscallN() and __NR_ numbers, and the C convention on top.
 */
#ifndef KERNEL_SYSCALL_H
#define KERNEL_SYSCALL_H

#include <asm/syscall.h>
#include <asm/unistd.h>

#define SC(x) ((long)(x))

/* A raw result in -4095..-1 is an error number. */
static inline int syscall_failed(long ret)
{
	return (unsigned long)ret > -4096UL;
}

/* The C convention: -1 with errno set, or the result. */
long syscall_result(long ret);

#endif
