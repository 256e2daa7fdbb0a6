/*
 * i386 program entry.
 *  - the kernel enters with esp at argc (argv, envp and auxv follow)
 *  - arguments go on the stack; gcc assumes esp 16-byte aligned at each call
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xor	%ebp, %ebp		/* outermost frame */
	mov	%esp, %eax
	and	$-16, %esp
	sub	$12, %esp		/* keep the call 16-byte aligned */
	push	%eax			/* start_c(long *sp) */
	call	start_c
	hlt				/* start_c does not return */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
