/*
 * x86_64 setjmp, sigsetjmp, and the register half of longjmp
 * (lib/stdlib/longjmp.c holds the rest).
 *  - the buffer arrives in rdi, the second argument in esi
 *  - callee-saved: rbx rbp r12-r15 and rsp; the return address is at (rsp)
 *  - saved in the order rbx rbp r12 r13 r14 r15 rsp rip, then the
 *    "mask saved" flag at 64 (struct __jmp_buf_tag, <setjmp.h>)
 */
	.macro	SAVE_REGS
	mov	%rbx, 0(%rdi)
	mov	%rbp, 8(%rdi)
	mov	%r12, 16(%rdi)
	mov	%r13, 24(%rdi)
	mov	%r14, 32(%rdi)
	mov	%r15, 40(%rdi)
	lea	8(%rsp), %rax		/* rsp once we have returned */
	mov	%rax, 48(%rdi)
	mov	(%rsp), %rax		/* where we return to */
	mov	%rax, 56(%rdi)
	.endm

	.text
	.globl	setjmp, _setjmp
	.type	setjmp, @function
	.type	_setjmp, @function
setjmp:
_setjmp:
	SAVE_REGS
	movl	$0, 64(%rdi)		/* no mask */
	xor	%eax, %eax
	ret
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp

/* sigsetjmp(env, savemask): the C half notes and saves the mask, and
 * returns 0 to our caller. */
	.globl	sigsetjmp
	.type	sigsetjmp, @function
sigsetjmp:
	SAVE_REGS
	jmp	jmp_save_mask
	.size	sigsetjmp, . - sigsetjmp

/* jmp_restore(env, val): back to where setjmp returned, returning val,
 * or 1 for 0. */
	.globl	jmp_restore
	.type	jmp_restore, @function
jmp_restore:
	mov	%esi, %eax
	test	%eax, %eax
	jnz	1f
	inc	%eax
1:	mov	0(%rdi), %rbx
	mov	8(%rdi), %rbp
	mov	16(%rdi), %r12
	mov	24(%rdi), %r13
	mov	32(%rdi), %r14
	mov	40(%rdi), %r15
	mov	48(%rdi), %rsp
	jmp	*56(%rdi)
	.size	jmp_restore, . - jmp_restore

	.section .note.GNU-stack, "", @progbits
