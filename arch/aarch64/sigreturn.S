/*
 * aarch64 signal return: a handler returns here through x30 (SA_RESTORER),
 * and rt_sigreturn restores the interrupted context from the frame at sp.
 *  - aarch64 has only rt frames: sigreturn_plain is the same code
 *  - number in x8, svc #0; the call does not return
 *  - the nop before lets an unwinder that looks at return address - 4
 *    find this symbol
 */
#include <asm/unistd_nr.h>

	.text
	.globl	sigreturn_rt
	.globl	sigreturn_plain
	.type	sigreturn_rt, %function
	.type	sigreturn_plain, %function
	nop
sigreturn_rt:
sigreturn_plain:
	mov	x8, #__NR_rt_sigreturn
	svc	#0
	udf	#0
	.size	sigreturn_rt, . - sigreturn_rt
	.size	sigreturn_plain, . - sigreturn_plain

	.section .note.GNU-stack, "", %progbits
