/*
 * 32-bit ARM EABI program entry.
 *  - the kernel enters with sp at argc (argv, envp and auxv follow)
 *  - the first argument goes in r0; the EABI wants sp 8-byte aligned at
 *    calls (16 here, like the other targets); fp and lr end the frame chain
 */
	.text
	.arm
	.globl	_start
	.type	_start, %function
_start:
	mov	fp, #0			/* outermost frame */
	mov	lr, #0
	mov	r0, sp			/* start_c(long *sp) */
	bic	sp, sp, #15
	bl	start_c
	udf	#0			/* start_c does not return */
	.size	_start, . - _start

	.section .note.GNU-stack, "", %progbits
