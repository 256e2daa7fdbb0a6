/*
 * Entry on qemu's arm virt board, with no operating system.
 *  - qemu starts the ELF at _start in SVC mode, MMU and caches off; the
 *    device tree is at the start of RAM (0x40000000), or in r2
 *  - masks interrupts, takes the stack in bss, points VBAR at the vectors
 *    below, gives cp10 and cp11 (VFP, NEON) full access and turns the FPU
 *    on (the armhf compiler emits VFP anywhere), zeroes bss, then
 *    virt_board_main(r2) in virt.c
 *  - an exception (undefined instruction, aborts) takes a stack of its
 *    own and goes to arm_exception(kind, address) in board.c, which says
 *    so and ends the machine: a fault never hangs the board
 */
	.syntax	unified
	.section .text.boot, "ax"
	.arm
	.globl	_start
	.type	_start, %function
_start:
	cpsid	if
	mov	r4, r2			/* the device tree, perhaps */
	ldr	sp, =boot_stack_top
	ldr	r0, =vectors
	mcr	p15, 0, r0, c12, c0, 0	/* VBAR */
	mrc	p15, 0, r0, c1, c0, 0	/* SCTLR.V off: vectors at VBAR */
	bic	r0, r0, #(1 << 13)
	mcr	p15, 0, r0, c1, c0, 0
	isb
	mrc	p15, 0, r0, c1, c0, 2	/* CPACR */
	orr	r0, r0, #(0xf << 20)
	mcr	p15, 0, r0, c1, c0, 2
	isb
	mov	r0, #(1 << 30)		/* FPEXC.EN */
	vmsr	fpexc, r0
	ldr	r0, =_edata
	ldr	r1, =_end
	mov	r2, #0
1:	cmp	r0, r1			/* bytes: _edata may be unaligned */
	strblo	r2, [r0], #1
	blo	1b
	mov	fp, #0
	mov	lr, #0
	mov	r0, r4
	bl	virt_board_main
	udf	#0			/* it does not return */
	.size	_start, . - _start

/* The vector table: reset, undefined, svc, prefetch abort, data abort,
 * unused, irq, fiq. Each goes to arm_exception with its number and the
 * address it came from (lr). */
	.text
	.balign	32
vectors:
	.irp	kind, 0, 1, 2, 3, 4, 5, 6, 7
	b	exception\kind
	.endr
	.irp	kind, 0, 1, 2, 3, 4, 5, 6, 7
exception\kind:
	mov	r0, #\kind
	b	exception
	.endr
exception:
	ldr	sp, =exception_stack_top
	mov	r1, lr
	b	arm_exception

	.bss
	.balign	16
	.space	65536
boot_stack_top:
	.space	1024
exception_stack_top:

	.section .note.GNU-stack, "", %progbits
