/*
 * x86_64 program entry.
 *  - the kernel enters with rsp at argc (argv, envp and auxv follow) and rsp
 *    16-byte aligned; rdx may hold an exit hook, which static binaries ignore
 *  - the ABI wants rsp+8 16-byte aligned on function entry: realign, call
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xor	%ebp, %ebp		/* outermost frame */
	mov	%rsp, %rdi		/* start_c(long *sp) */
	and	$-16, %rsp
	call	start_c
	hlt				/* start_c does not return */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
