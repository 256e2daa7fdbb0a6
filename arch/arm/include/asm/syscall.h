/*
 * 32-bit ARM EABI system-call entry.
 *  - number in r7, arguments in r0..r5; svc #0
 *  - result in r0: -4095..-1 is -errno; no other register is clobbered
 *  - r7 is the frame pointer in Thumb code, so the runtime is built -marm
 *    (checked below) and r7 is an ordinary register here
 */
#ifndef ASM_SYSCALL_H
#define ASM_SYSCALL_H

#ifdef __thumb__
#error "build the runtime with -marm: r7 carries the system-call number"
#endif

#define ARM_SYSCALL_REGS(n)			\
	register long r7 __asm__("r7") = (n);	\
	register long r0 __asm__("r0")

static inline long arch_syscall0(long n)
{
	ARM_SYSCALL_REGS(n);
	__asm__ volatile ("svc #0" : "=r"(r0) : "r"(r7) : "memory");
	return r0;
}

static inline long arch_syscall1(long n, long a)
{
	ARM_SYSCALL_REGS(n) = a;
	__asm__ volatile ("svc #0" : "+r"(r0) : "r"(r7) : "memory");
	return r0;
}

static inline long arch_syscall2(long n, long a, long b)
{
	ARM_SYSCALL_REGS(n) = a;
	register long r1 __asm__("r1") = b;
	__asm__ volatile ("svc #0" : "+r"(r0) : "r"(r7), "r"(r1) : "memory");
	return r0;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	ARM_SYSCALL_REGS(n) = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	__asm__ volatile ("svc #0" : "+r"(r0) : "r"(r7), "r"(r1), "r"(r2)
			  : "memory");
	return r0;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	ARM_SYSCALL_REGS(n) = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	__asm__ volatile ("svc #0" : "+r"(r0)
			  : "r"(r7), "r"(r1), "r"(r2), "r"(r3) : "memory");
	return r0;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	ARM_SYSCALL_REGS(n) = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	__asm__ volatile ("svc #0" : "+r"(r0)
			  : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4)
			  : "memory");
	return r0;
}

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	ARM_SYSCALL_REGS(n) = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	register long r5 __asm__("r5") = f;
	__asm__ volatile ("svc #0" : "+r"(r0)
			  : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
			  : "memory");
	return r0;
}

#endif
