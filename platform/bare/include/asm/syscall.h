/*
 * The system-call entry on a bare board: no kernel, no trap. Each
 * arch_syscallN is a call of bare_syscall (platform/bare/syscall.c) with
 * the Linux number and arguments, and returns as the kernel would: the
 * result, or -errno in -4095..-1. This header comes before the
 * architecture's own in the include path of a bare build.
 */
#ifndef ASM_SYSCALL_H
#define ASM_SYSCALL_H

long bare_syscall(long n, long a, long b, long c, long d, long e, long f);

static inline long arch_syscall0(long n)
{
	return bare_syscall(n, 0, 0, 0, 0, 0, 0);
}

static inline long arch_syscall1(long n, long a)
{
	return bare_syscall(n, a, 0, 0, 0, 0, 0);
}

static inline long arch_syscall2(long n, long a, long b)
{
	return bare_syscall(n, a, b, 0, 0, 0, 0);
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	return bare_syscall(n, a, b, c, 0, 0, 0);
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	return bare_syscall(n, a, b, c, d, 0, 0);
}

static inline long arch_syscall5(long n, long a, long b, long c, long d,
				 long e)
{
	return bare_syscall(n, a, b, c, d, e, 0);
}

static inline long arch_syscall6(long n, long a, long b, long c, long d,
				 long e, long f)
{
	return bare_syscall(n, a, b, c, d, e, f);
}

#endif
