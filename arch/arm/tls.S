/*
 * __aeabi_read_tp: the EABI's way to read the thread pointer, for code
 * built with -mtp=soft. It returns the pointer in r0 and, as the EABI
 * requires of it, changes no other register (not even ip or the flags).
 */
	.text
	.arm
	.globl	__aeabi_read_tp
	.type	__aeabi_read_tp, %function
__aeabi_read_tp:
	mrc	p15, 0, r0, c13, c0, 3	/* TPIDRURO, set by set_tls */
	bx	lr
	.size	__aeabi_read_tp, . - __aeabi_read_tp

	.section .note.GNU-stack, "", %progbits
