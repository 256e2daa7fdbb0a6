/*
 * 32-bit ARM signal return: a handler returns here through lr
 * (SA_RESTORER), in ARM state (bit 0 of the address clear).
 *  - after a SA_SIGINFO (rt) frame: rt_sigreturn
 *  - after a plain frame: sigreturn
 *  - number in r7, svc #0; neither call returns
 */
#include <asm/unistd_nr.h>

	.text
	.arm
	.align	2
	.globl	sigreturn_plain
	.type	sigreturn_plain, %function
sigreturn_plain:
	mov	r7, #__NR_sigreturn
	svc	#0
	.size	sigreturn_plain, . - sigreturn_plain

	.globl	sigreturn_rt
	.type	sigreturn_rt, %function
sigreturn_rt:
	mov	r7, #__NR_rt_sigreturn
	svc	#0
	.size	sigreturn_rt, . - sigreturn_rt

	.section .note.GNU-stack, "", %progbits
