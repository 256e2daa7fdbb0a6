/*
 * aarch64 setjmp, sigsetjmp, and the register half of longjmp
 * (lib/stdlib/longjmp.c holds the rest).
 *  - the buffer arrives in x0, the second argument in w1
 *  - callee-saved (AAPCS64): x19-x28, x29 (frame pointer), sp, and the low
 *    halves d8-d15 of v8-v15; x30 is where we return to
 *  - saved in the order x19-x28 x29 x30 sp d8-d15, then the "mask saved"
 *    flag at 168 (struct __jmp_buf_tag, <setjmp.h>)
 */
	.macro	SAVE_REGS
	stp	x19, x20, [x0, #0]
	stp	x21, x22, [x0, #16]
	stp	x23, x24, [x0, #32]
	stp	x25, x26, [x0, #48]
	stp	x27, x28, [x0, #64]
	stp	x29, x30, [x0, #80]
	mov	x2, sp
	str	x2, [x0, #96]
	stp	d8, d9, [x0, #104]
	stp	d10, d11, [x0, #120]
	stp	d12, d13, [x0, #136]
	stp	d14, d15, [x0, #152]
	.endm

	.text
	.globl	setjmp, _setjmp
	.type	setjmp, %function
	.type	_setjmp, %function
setjmp:
_setjmp:
	SAVE_REGS
	str	wzr, [x0, #168]		/* no mask */
	mov	w0, #0
	ret
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp

/* sigsetjmp(env, savemask): the C half notes and saves the mask, and
 * returns 0 to our caller (x30 is still theirs). */
	.globl	sigsetjmp
	.type	sigsetjmp, %function
sigsetjmp:
	SAVE_REGS
	b	jmp_save_mask
	.size	sigsetjmp, . - sigsetjmp

/* jmp_restore(env, val): back to where setjmp returned, returning val,
 * or 1 for 0. */
	.globl	jmp_restore
	.type	jmp_restore, %function
jmp_restore:
	ldp	x19, x20, [x0, #0]
	ldp	x21, x22, [x0, #16]
	ldp	x23, x24, [x0, #32]
	ldp	x25, x26, [x0, #48]
	ldp	x27, x28, [x0, #64]
	ldp	x29, x30, [x0, #80]
	ldr	x2, [x0, #96]
	mov	sp, x2
	ldp	d8, d9, [x0, #104]
	ldp	d10, d11, [x0, #120]
	ldp	d12, d13, [x0, #136]
	ldp	d14, d15, [x0, #152]
	cmp	w1, #0
	csinc	w0, w1, wzr, ne
	ret
	.size	jmp_restore, . - jmp_restore

	.section .note.GNU-stack, "", %progbits
