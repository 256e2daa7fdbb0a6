/*
 * riscv64 program entry.
 *  - the kernel enters with sp at argc (argv, envp and auxv follow), sp
 *    16-byte aligned as the psABI requires; a0 may hold an exit hook,
 *    which static binaries ignore
 *  - gp must hold __global_pointer$ before any C code runs, since the
 *    linker turns accesses near it into gp-relative ones; its own load
 *    must not be relaxed that way
 *  - the first argument goes in a0; fp (s0) and ra zero end the frame chain
 */
	.text
	.globl	_start
	.type	_start, %function
_start:
	.option	push
	.option	norelax
	la	gp, __global_pointer$
	.option	pop
	li	s0, 0			/* outermost frame */
	li	ra, 0
	mv	a0, sp			/* start_c(long *sp) */
	andi	sp, sp, -16
	call	start_c
	unimp				/* start_c does not return */
	.size	_start, . - _start

	.section .note.GNU-stack, "", %progbits
