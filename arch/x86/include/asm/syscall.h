/*
 * i386 system-call entry.
 *  - number in eax, arguments in ebx, ecx, edx, esi, edi, ebp; int $0x80
 *  - result in eax: -4095..-1 is -errno; no other register is clobbered
 *  - ebp may be the frame pointer, which an asm statement cannot claim, so
 *    the six-argument form passes the number and the sixth argument through
 *    memory and swaps ebp in and out inside the asm
 */
#ifndef ASM_SYSCALL_H
#define ASM_SYSCALL_H

static inline long arch_syscall0(long n)
{
	long ret;
	__asm__ volatile ("int $0x80" : "=a"(ret) : "a"(n) : "memory");
	return ret;
}

static inline long arch_syscall1(long n, long a)
{
	long ret;
	__asm__ volatile ("int $0x80" : "=a"(ret) : "a"(n), "b"(a) : "memory");
	return ret;
}

static inline long arch_syscall2(long n, long a, long b)
{
	long ret;
	__asm__ volatile ("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b)
			  : "memory");
	return ret;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	long ret;
	__asm__ volatile ("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c)
			  : "memory");
	return ret;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	long ret;
	__asm__ volatile ("int $0x80" : "=a"(ret)
			  : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d) : "memory");
	return ret;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	long ret;
	__asm__ volatile ("int $0x80" : "=a"(ret)
			  : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
			  : "memory");
	return ret;
}

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	long nf[2] = { n, f };
	long ret;
	__asm__ volatile ("push %%ebp\n\t"
			  "movl 4(%%eax), %%ebp\n\t"
			  "movl (%%eax), %%eax\n\t"
			  "int $0x80\n\t"
			  "pop %%ebp"
			  : "=a"(ret)
			  : "a"(nf), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
			  : "memory");
	return ret;
}

#endif
