/*
 * riscv64 setjmp, sigsetjmp, and the register half of longjmp
 * (lib/stdlib/longjmp.c holds the rest).
 *  - the buffer arrives in a0, the second argument in a1
 *  - callee-saved (lp64d): s0-s11, sp, and fs0-fs11; ra is where we
 *    return to
 *  - saved in the order ra sp s0-s11 fs0-fs11, then the "mask saved" flag
 *    at 208 (struct __jmp_buf_tag, <setjmp.h>)
 */
	.macro	SAVE_REGS
	sd	ra, 0(a0)
	sd	sp, 8(a0)
	sd	s0, 16(a0)
	sd	s1, 24(a0)
	sd	s2, 32(a0)
	sd	s3, 40(a0)
	sd	s4, 48(a0)
	sd	s5, 56(a0)
	sd	s6, 64(a0)
	sd	s7, 72(a0)
	sd	s8, 80(a0)
	sd	s9, 88(a0)
	sd	s10, 96(a0)
	sd	s11, 104(a0)
	fsd	fs0, 112(a0)
	fsd	fs1, 120(a0)
	fsd	fs2, 128(a0)
	fsd	fs3, 136(a0)
	fsd	fs4, 144(a0)
	fsd	fs5, 152(a0)
	fsd	fs6, 160(a0)
	fsd	fs7, 168(a0)
	fsd	fs8, 176(a0)
	fsd	fs9, 184(a0)
	fsd	fs10, 192(a0)
	fsd	fs11, 200(a0)
	.endm

	.text
	.globl	setjmp, _setjmp
	.type	setjmp, %function
	.type	_setjmp, %function
setjmp:
_setjmp:
	SAVE_REGS
	sw	zero, 208(a0)		/* no mask */
	li	a0, 0
	ret
	.size	setjmp, . - setjmp
	.size	_setjmp, . - _setjmp

/* sigsetjmp(env, savemask): the C half notes and saves the mask, and
 * returns 0 to our caller (ra is still theirs). */
	.globl	sigsetjmp
	.type	sigsetjmp, %function
sigsetjmp:
	SAVE_REGS
	tail	jmp_save_mask
	.size	sigsetjmp, . - sigsetjmp

/* jmp_restore(env, val): back to where setjmp returned, returning val,
 * or 1 for 0. */
	.globl	jmp_restore
	.type	jmp_restore, %function
jmp_restore:
	ld	ra, 0(a0)
	ld	sp, 8(a0)
	ld	s0, 16(a0)
	ld	s1, 24(a0)
	ld	s2, 32(a0)
	ld	s3, 40(a0)
	ld	s4, 48(a0)
	ld	s5, 56(a0)
	ld	s6, 64(a0)
	ld	s7, 72(a0)
	ld	s8, 80(a0)
	ld	s9, 88(a0)
	ld	s10, 96(a0)
	ld	s11, 104(a0)
	fld	fs0, 112(a0)
	fld	fs1, 120(a0)
	fld	fs2, 128(a0)
	fld	fs3, 136(a0)
	fld	fs4, 144(a0)
	fld	fs5, 152(a0)
	fld	fs6, 160(a0)
	fld	fs7, 168(a0)
	fld	fs8, 176(a0)
	fld	fs9, 184(a0)
	fld	fs10, 192(a0)
	fld	fs11, 200(a0)
	seqz	a0, a1			/* val, or 1 for 0 */
	add	a0, a0, a1
	ret
	.size	jmp_restore, . - jmp_restore

	.section .note.GNU-stack, "", %progbits
