/*
 * aarch64 thread pointer: the TLS ABI's variant I.
 *  - the thread pointer addresses a 16-byte thread control block; the
 *    static TLS block follows it, at 16 rounded up to the block's alignment
 *  - it lives in TPIDR_EL0, which user code writes itself (msr): no
 *    system call
 *  - gcc's stack protector reads the global __stack_chk_guard, not the TCB
 */
#ifndef ASM_TLS_H
#define ASM_TLS_H

#define TLS_ABOVE_TP		1	/* variant I: the block is above */
#define TLS_TCB_SIZE		16	/* the ABI's two words */
#define TLS_GUARD_OFFSET	(-1)	/* no canary in the TCB */

/* 0: the thread pointer is tp (the register always takes it). */
static inline int arch_set_tp(void *tp)
{
	__asm__ volatile ("msr tpidr_el0, %0" : : "r"(tp) : "memory");
	return 0;
}

#endif
