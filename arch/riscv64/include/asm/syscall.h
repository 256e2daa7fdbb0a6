/*
 * riscv64 system-call entry.
 *  - number in a7, arguments in a0..a5; ecall
 *  - result in a0: -4095..-1 is -errno; no other register is clobbered
 */
#ifndef ASM_SYSCALL_H
#define ASM_SYSCALL_H

#define RISCV_SYSCALL_REGS(n)			\
	register long a7 __asm__("a7") = (n);	\
	register long a0 __asm__("a0")

static inline long arch_syscall0(long n)
{
	RISCV_SYSCALL_REGS(n);
	__asm__ volatile ("ecall" : "=r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long arch_syscall1(long n, long a)
{
	RISCV_SYSCALL_REGS(n) = a;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long arch_syscall2(long n, long a, long b)
{
	RISCV_SYSCALL_REGS(n) = a;
	register long a1 __asm__("a1") = b;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(a1) : "memory");
	return a0;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	RISCV_SYSCALL_REGS(n) = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2)
			  : "memory");
	return a0;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	RISCV_SYSCALL_REGS(n) = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(a1), "r"(a2), "r"(a3) : "memory");
	return a0;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	RISCV_SYSCALL_REGS(n) = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4)
			  : "memory");
	return a0;
}

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	RISCV_SYSCALL_REGS(n) = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	register long a5 __asm__("a5") = f;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5)
			  : "memory");
	return a0;
}

#endif
