/*
 * Entry on qemu's riscv64 virt board (-bios none), with no firmware and
 * no operating system.
 *  - qemu's reset code jumps to the start of RAM, 0x80000000, in M-mode,
 *    with a0 = the hart's id and a1 = the device tree it made (link.ld
 *    puts the jump below there, alone); interrupts are off
 *  - harts other than 0 park in wfi, for good
 *  - gp holds __global_pointer$ before any C code runs (its own load not
 *    relaxed), sp the stack in bss, mtvec the trap entry below (direct
 *    mode: every trap there); mstatus.FS is set to initial, which turns
 *    the FPU on (lp64d code uses it anywhere), and fcsr is cleared
 *  - bss is zeroed, then riscv_board_main(device tree) in board.c
 *  - a trap takes a stack of its own and goes to riscv_trap(mcause,
 *    mtval, mepc) in board.c, which names it and ends the machine
 */
#define MSTATUS_MIE	(1 << 3)
#define MSTATUS_FS_INITIAL	(1 << 13)

	.section .boot.reset, "ax"
	.globl	_start
	.type	_start, %function
_start:
	tail	boot
	.size	_start, . - _start

	.section .text.boot, "ax"
boot:
	csrw	mie, zero
	csrci	mstatus, MSTATUS_MIE
	la	t0, trap_entry
	csrw	mtvec, t0
	bnez	a0, park
	.option	push
	.option	norelax
	la	gp, __global_pointer$
	.option	pop
	la	sp, boot_stack_top
	li	t0, MSTATUS_FS_INITIAL
	csrs	mstatus, t0
	csrw	fcsr, zero
	la	t0, _edata
	la	t1, _end
1:	bgeu	t0, t1, 2f		/* bytes: _edata may be unaligned */
	sb	zero, 0(t0)
	addi	t0, t0, 1
	j	1b
2:	li	s0, 0			/* outermost frame */
	li	ra, 0
	mv	a0, a1
	call	riscv_board_main
	unimp				/* it does not return */
park:
	wfi
	j	park

	.text
	.balign	4			/* mtvec's direct mode */
trap_entry:
	la	sp, trap_stack_top
	.option	push
	.option	norelax
	la	gp, __global_pointer$
	.option	pop
	csrr	a0, mcause
	csrr	a1, mtval
	csrr	a2, mepc
	tail	riscv_trap

	.bss
	.balign	16
	.space	65536
boot_stack_top:
	.space	4096
trap_stack_top:

	.section .note.GNU-stack, "", %progbits
