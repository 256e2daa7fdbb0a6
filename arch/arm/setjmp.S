/*
 * 32-bit ARM (EABI, hard float) setjmp, sigsetjmp, and the register half
 * of longjmp (lib/stdlib/longjmp.c holds the rest). ARM code, entered
 * from ARM or Thumb callers alike (bx lr returns in the caller's state).
 *  - the buffer arrives in r0, the second argument in r1
 *  - callee-saved: r4-r11, sp, and d8-d15 of the VFP; lr is where we
 *    return to
 *  - saved in the order r4-r11 sp lr d8-d15, then the "mask saved" flag
 *    at 104 (struct __jmp_buf_tag, <setjmp.h>)
 */
	.syntax	unified
	.arm
	.fpu	vfpv3-d16

	.macro	SAVE_REGS
	mov	ip, r0
	stmia	ip!, {r4-r11}
	str	sp, [ip], #4
	str	lr, [ip], #4
	vstmia	ip!, {d8-d15}
	.endm

	.text
	.globl	setjmp, _setjmp
	.type	setjmp, %function
	.type	_setjmp, %function
setjmp:
_setjmp:
	SAVE_REGS
	mov	r1, #0
	str	r1, [r0, #104]		/* no mask */
	mov	r0, #0
	bx	lr
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp

/* sigsetjmp(env, savemask): the C half notes and saves the mask, and
 * returns 0 to our caller (lr is still theirs). */
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
	mov	ip, r0
	ldmia	ip!, {r4-r11}
	ldr	sp, [ip], #4
	ldr	lr, [ip], #4
	vldmia	ip!, {d8-d15}
	movs	r0, r1
	moveq	r0, #1
	bx	lr
	.size	jmp_restore, . - jmp_restore

	.section .note.GNU-stack, "", %progbits
