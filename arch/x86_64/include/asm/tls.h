/*
 * x86_64 thread pointer: the TLS ABI's variant II.
 *  - %fs holds the thread pointer; the static TLS block ends just below it,
 *    at an offset that is its size rounded up to its alignment
 *  - the thread control block starts at the thread pointer: its first word
 *    (and the third, "self") points to itself, since code reads %fs:0 to
 *    learn the pointer; gcc's stack protector reads its canary at %fs:0x28
 *  - arch_prctl(ARCH_SET_FS, tp) sets it
 */
#ifndef ASM_TLS_H
#define ASM_TLS_H

#include <asm/syscall.h>
#include <asm/unistd.h>

#define TLS_ABOVE_TP		0	/* variant II: the block is below */
#define TLS_TCB_SIZE		256	/* room for what code reads at %fs:N */
#define TLS_GUARD_OFFSET	0x28	/* the stack protector's canary */

#define ARCH_SET_FS		0x1002

/* 0 when the thread pointer is tp, -1 when the kernel refused. */
static inline int arch_set_tp(void *tp)
{
	return arch_syscall2(__NR_arch_prctl, ARCH_SET_FS, (long)tp) ? -1 : 0;
}

#endif
