/*
 * i386 signal return: a handler returns here (SA_RESTORER).
 *  - after a SA_SIGINFO (rt) frame: rt_sigreturn, with esp just past the
 *    return address the handler consumed
 *  - after a plain frame: sigreturn, which wants the signal number that
 *    follows the return address popped first
 */
#include <asm/unistd_nr.h>

	.text
	.globl	sigreturn_plain
	.type	sigreturn_plain, @function
	nop
sigreturn_plain:
	popl	%eax
	movl	$__NR_sigreturn, %eax
	int	$0x80
	hlt
	.size	sigreturn_plain, . - sigreturn_plain

	.globl	sigreturn_rt
	.type	sigreturn_rt, @function
	nop
sigreturn_rt:
	movl	$__NR_rt_sigreturn, %eax
	int	$0x80
	hlt
	.size	sigreturn_rt, . - sigreturn_rt

	.section .note.GNU-stack, "", @progbits
