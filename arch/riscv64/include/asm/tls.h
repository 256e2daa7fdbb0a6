/*
 * riscv64 thread pointer: the TLS ABI's variant I with no TCB in the way.
 *  - tp addresses the static TLS block itself (the linker's offsets from
 *    tp start at 0, rounded up to the block's alignment)
 *  - it is an ordinary register, which user code sets itself: no system
 *    call
 *  - gcc's stack protector reads the global __stack_chk_guard
 *  - the dynamic models' offsets (__tls_get_addr's) are biased by -0x800,
 *    so that 12-bit signed immediates reach 4 KiB of the block
 */
#ifndef ASM_TLS_H
#define ASM_TLS_H

#define TLS_ABOVE_TP		1	/* variant I: the block is above */
#define TLS_TCB_SIZE		0	/* the block starts at tp */
#define TLS_GUARD_OFFSET	(-1)	/* no canary in the TCB */
#define TLS_DTP_OFFSET		0x800

/* 0: the thread pointer is tp (the register always takes it). */
static inline int arch_set_tp(void *tp)
{
	__asm__ volatile ("mv tp, %0" : : "r"(tp) : "memory");
	return 0;
}

#endif
