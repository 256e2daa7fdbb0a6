/*
 * aarch64 program entry.
 *  - the kernel enters with sp at argc (argv, envp and auxv follow), sp
 *    16-byte aligned, as the AAPCS64 requires of sp at all times
 *  - the first argument goes in x0; x29 (frame pointer) and x30 (link
 *    register) zero end the frame chain
 */
	.text
	.globl	_start
	.type	_start, %function
_start:
	mov	x29, #0			/* outermost frame */
	mov	x30, #0
	mov	x0, sp			/* start_c(long *sp) */
	and	sp, x0, #-16
	bl	start_c
	udf	#0			/* start_c does not return */
	.size	_start, . - _start

	.section .note.GNU-stack, "", %progbits
