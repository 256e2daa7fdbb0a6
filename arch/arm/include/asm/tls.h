/*
 * 32-bit ARM thread pointer: the TLS ABI's variant I.
 *  - the thread pointer addresses an 8-byte thread control block; the
 *    static TLS block follows it, at 8 rounded up to the block's alignment
 *  - the kernel keeps it in TPIDRURO; code reads it with mrc p15 or by
 *    calling __aeabi_read_tp (arch/arm/tls.S)
 *  - the ARM-private system call set_tls sets it
 *  - gcc's stack protector reads the global __stack_chk_guard, not the TCB
 */
#ifndef ASM_TLS_H
#define ASM_TLS_H

#include <asm/syscall.h>
#include <asm/unistd.h>

#define TLS_ABOVE_TP		1	/* variant I: the block is above */
#define TLS_TCB_SIZE		8	/* the ABI's two words */
#define TLS_GUARD_OFFSET	(-1)	/* no canary in the TCB */

/* 0 when the thread pointer is tp, -1 when the kernel refused. */
static inline int arch_set_tp(void *tp)
{
	return arch_syscall1(__ARM_NR_set_tls, (long)tp) ? -1 : 0;
}

#endif
