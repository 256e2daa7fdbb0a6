/*
 * x86_64 signal return: a handler returns here (SA_RESTORER), and
 * rt_sigreturn restores the interrupted context from the frame at rsp.
 *  - x86_64 has only rt frames: sigreturn_plain is the same code
 *  - the nop before lets an unwinder that looks at return address - 1
 *    find this symbol
 */
#include <asm/unistd_nr.h>

	.text
	.globl	sigreturn_rt
	.globl	sigreturn_plain
	.type	sigreturn_rt, @function
	.type	sigreturn_plain, @function
	nop
sigreturn_rt:
sigreturn_plain:
	mov	$__NR_rt_sigreturn, %eax
	syscall
	hlt
	.size	sigreturn_rt, . - sigreturn_rt
	.size	sigreturn_plain, . - sigreturn_plain

	.section .note.GNU-stack, "", @progbits
