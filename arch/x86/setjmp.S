/*
 * i386 setjmp, sigsetjmp, and the register half of longjmp
 * (lib/stdlib/longjmp.c holds the rest).
 *  - arguments on the stack: the buffer at 4(%esp), the second at 8(%esp)
 *  - callee-saved: ebx esi edi ebp and esp; the return address is at (esp)
 *  - saved in the order ebx esi edi ebp esp eip, then the "mask saved"
 *    flag at 24 (struct __jmp_buf_tag, <setjmp.h>)
 */
	.macro	SAVE_REGS
	mov	4(%esp), %eax
	mov	%ebx, 0(%eax)
	mov	%esi, 4(%eax)
	mov	%edi, 8(%eax)
	mov	%ebp, 12(%eax)
	lea	4(%esp), %ecx		/* esp once we have returned */
	mov	%ecx, 16(%eax)
	mov	(%esp), %ecx		/* where we return to */
	mov	%ecx, 20(%eax)
	.endm

	.text
	.globl	setjmp, _setjmp
	.type	setjmp, @function
	.type	_setjmp, @function
setjmp:
_setjmp:
	SAVE_REGS
	movl	$0, 24(%eax)		/* no mask */
	xor	%eax, %eax
	ret
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp

/* sigsetjmp(env, savemask): the C half (same arguments, still in place)
 * notes and saves the mask, and returns 0 to our caller. */
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
	mov	4(%esp), %edx
	mov	8(%esp), %eax
	test	%eax, %eax
	jnz	1f
	inc	%eax
1:	mov	0(%edx), %ebx
	mov	4(%edx), %esi
	mov	8(%edx), %edi
	mov	12(%edx), %ebp
	mov	16(%edx), %esp
	jmp	*20(%edx)
	.size	jmp_restore, . - jmp_restore

	.section .note.GNU-stack, "", @progbits
