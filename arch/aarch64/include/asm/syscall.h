/*
 * aarch64 system-call entry.
 *  - number in x8, arguments in x0..x5; svc #0
 *  - result in x0: -4095..-1 is -errno; no other register is clobbered
 */
#ifndef ASM_SYSCALL_H
#define ASM_SYSCALL_H

#define AARCH64_SYSCALL_REGS(n)			\
	register long x8 __asm__("x8") = (n);	\
	register long x0 __asm__("x0")

static inline long arch_syscall0(long n)
{
	AARCH64_SYSCALL_REGS(n);
	__asm__ volatile ("svc #0" : "=r"(x0) : "r"(x8) : "memory");
	return x0;
}

static inline long arch_syscall1(long n, long a)
{
	AARCH64_SYSCALL_REGS(n) = a;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8) : "memory");
	return x0;
}

static inline long arch_syscall2(long n, long a, long b)
{
	AARCH64_SYSCALL_REGS(n) = a;
	register long x1 __asm__("x1") = b;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8), "r"(x1) : "memory");
	return x0;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	AARCH64_SYSCALL_REGS(n) = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2)
			  : "memory");
	return x0;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	AARCH64_SYSCALL_REGS(n) = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	__asm__ volatile ("svc #0" : "+r"(x0)
			  : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
	return x0;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	AARCH64_SYSCALL_REGS(n) = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	__asm__ volatile ("svc #0" : "+r"(x0)
			  : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4)
			  : "memory");
	return x0;
}

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	AARCH64_SYSCALL_REGS(n) = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;
	__asm__ volatile ("svc #0" : "+r"(x0)
			  : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
			  : "memory");
	return x0;
}

#endif
