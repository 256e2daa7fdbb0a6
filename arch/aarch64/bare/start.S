/*
 * Entry on qemu's aarch64 virt board, with no operating system.
 *  - qemu starts the ELF at _start at EL1 (virt without virtualization=on
 *    or secure=on), MMU and caches off; the device tree is at the start of
 *    RAM (0x40000000), or in x0
 *  - at another exception level it says so on the UART and ends the
 *    machine with status 99: what follows is written for EL1's registers
 *  - masks interrupts, gives EL1 and EL0 FP/SIMD (CPACR_EL1.FPEN: the
 *    compiler uses its registers in any C code), turns alignment checking
 *    on (SCTLR_EL1.A: with the MMU off all memory is Device memory, where
 *    hardware faults any unaligned access; qemu faults them only when
 *    asked), takes the stack in bss, points VBAR_EL1 at the vectors below,
 *    zeroes bss, then virt_board_main(x0) in virt.c
 *  - an exception takes a stack of its own and goes to
 *    aarch64_exception(kind, ESR, FAR, ELR) in board.c, which says so and
 *    ends the machine: a fault never hangs the board
 */
#define PL011		0x09000000
#define PL011_FR	0x18
#define FR_TXFF		5
#define SYS_EXIT	0x18
#define CPACR_FPEN	(3 << 20)
#define SCTLR_A		(1 << 1)

	.section .text.boot, "ax"
	.globl	_start
	.type	_start, %function
_start:
	msr	daifset, #0xf
	mov	x19, x0			/* the device tree, perhaps */
	mrs	x20, CurrentEL
	ubfx	x20, x20, #2, #2
	cmp	x20, #1
	b.ne	wrong_level
	mov	x0, #CPACR_FPEN
	msr	cpacr_el1, x0
	mrs	x0, sctlr_el1
	orr	x0, x0, #SCTLR_A
	msr	sctlr_el1, x0
	adrp	x0, vectors
	add	x0, x0, :lo12:vectors
	msr	vbar_el1, x0
	isb
	ldr	x0, =boot_stack_top
	mov	sp, x0
	ldr	x0, =_edata
	ldr	x1, =_end
1:	cmp	x0, x1			/* bytes: _edata may be unaligned */
	b.hs	2f
	strb	wzr, [x0], #1
	b	1b
2:	mov	x29, #0
	mov	x30, #0
	mov	x0, x19
	bl	virt_board_main
	udf	#0			/* it does not return */

/* Not at EL1: "bareheap: started at EL<n>, ..." on the UART, then the
 * semihosting exit with status 99. No stack and no C: nothing but the
 * general registers is known to work yet. */
wrong_level:
	mov	x2, #PL011
	adrp	x1, wrong_level_text
	add	x1, x1, :lo12:wrong_level_text
3:	ldrb	w3, [x1], #1
	cbz	w3, 5f
	cmp	w3, #'?'		/* the level's digit goes there */
	b.ne	4f
	add	w3, w20, #'0'
4:	ldr	w4, [x2, #PL011_FR]
	tbnz	w4, #FR_TXFF, 4b
	str	w3, [x2]
	b	3b
5:	mov	x0, #SYS_EXIT
	adrp	x1, wrong_level_exit
	add	x1, x1, :lo12:wrong_level_exit
	hlt	#0xf000
6:	wfe
	b	6b
	.size	_start, . - _start

	.section .rodata
wrong_level_text:
	.asciz	"bareheap: started at EL?, not EL1: this board runs at EL1 (qemu -M virt without virtualization=on or secure=on)\n"
	.balign	8
wrong_level_exit:
	.quad	0x20026, 99		/* ADP_Stopped_ApplicationExit, 99 */

/* The vector table, 2 KiB aligned, 16 entries of 128 bytes: synchronous,
 * irq, fiq and SError from the current level with SP_EL0, from it with
 * SP_EL1, from a lower level in AArch64, in AArch32. Each goes to
 * aarch64_exception with its number and the syndrome, the fault address
 * and the address it came from. */
	.text
	.balign	2048
vectors:
	.irp	kind, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	.balign	128
	mov	x0, #\kind
	b	exception
	.endr
exception:
	ldr	x1, =exception_stack_top
	mov	sp, x1
	mrs	x1, esr_el1
	mrs	x2, far_el1
	mrs	x3, elr_el1
	mov	x29, #0
	mov	x30, #0
	b	aarch64_exception

	.bss
	.balign	16
	.space	65536
boot_stack_top:
	.space	4096
exception_stack_top:

	.section .note.GNU-stack, "", %progbits
