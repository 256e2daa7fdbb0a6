/*
 * The stubs of the 32 exceptions, for the start.S of both pc boards (x86,
 * x86_64), which define exception_common and ADDRESS (.long or .quad).
 * Each stub pushes a 0 where the CPU pushes no error code, then its
 * vector; exception_common calls x86_exception(vector, error, ip)
 * (arch/x86/bare/fault.c) on a stack of its own, since the fault may have
 * been the stack's. exception_entry lists the stubs for the IDT.
 */
#define EXCEPTION_VECTORS 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31

	.text
	.irp	v, EXCEPTION_VECTORS
exception\v:
	.if	!(\v == 8 || (\v >= 10 && \v <= 14) || \v == 17 || \v == 21 || \v == 29 || \v == 30)
	push	$0
	.endif
	push	$\v
	jmp	exception_common
	.endr

	.section .rodata
	.balign	8
	.globl	exception_entry
exception_entry:
	.irp	v, EXCEPTION_VECTORS
	ADDRESS	exception\v
	.endr
