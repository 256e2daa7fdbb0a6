/*
 * Entry as a multiboot (version 1) image, on qemu's pc board with no
 * operating system.
 *  - the header below lies in the image's first 8 KiB (kernel/image.ld
 *    puts .text.boot first): magic, flags (bit 1: give the memory map),
 *    checksum; the loader reads the ELF's program headers for the rest
 *  - the loader enters _start in 32-bit protected mode, paging off, with
 *    eax = 0x2BADB002 and ebx = the multiboot information; its GDT may
 *    be gone, so ours is loaded first: a flat code and data segment and
 *    the thread pointer's entry (board.c fills it)
 *  - takes the stack in bss, turns on the x87 FPU and SSE, zeroes bss,
 *    then x86_board_main(eax, ebx)
 *  - an exception goes to its stub below, then to x86_exception in
 *    fault.c, which names it and ends the machine: a fault never resets
 *    the board
 */
#define MB_MAGIC	0x1BADB002
#define MB_FLAGS	0x00000002

	.section .text.boot, "ax"
	.balign	4
	.long	MB_MAGIC
	.long	MB_FLAGS
	.long	-(MB_MAGIC + MB_FLAGS)

	.globl	_start
	.type	_start, @function
_start:
	cli
	mov	%eax, %ebp		/* kept across the set-up below */
	lgdt	gdt_pointer
	ljmp	$0x08, $1f
1:	mov	$0x10, %ax
	mov	%ax, %ds
	mov	%ax, %es
	mov	%ax, %ss
	mov	%ax, %fs
	mov	%ax, %gs
	mov	%cr0, %eax
	and	$~(1 << 2), %eax	/* EM off: the FPU is there */
	or	$(1 << 1) | (1 << 5), %eax	/* MP, NE */
	mov	%eax, %cr0
	mov	%cr4, %eax
	or	$(1 << 9) | (1 << 10), %eax	/* OSFXSR, OSXMMEXCPT */
	mov	%eax, %cr4
	fninit
	cld
	mov	$_edata, %edi
	mov	$_end, %ecx
	sub	%edi, %ecx
	xor	%eax, %eax
	rep stosb
	mov	$boot_stack_top - 8, %esp	/* the call 16-byte aligned */
	push	%ebx			/* x86_board_main(magic, info) */
	push	%ebp
	xor	%ebp, %ebp		/* outermost frame */
	call	x86_board_main
2:	hlt				/* it does not return */
	jmp	2b
	.size	_start, . - _start

#define ADDRESS .long
#include "arch/x86/bare/exceptions.h"

	.text
exception_common:		/* the 32-bit frame: eip, error code, vector, each 4 bytes */
	mov	%esp, %eax
	mov	$exception_stack_top - 4, %esp	/* the call 16-byte aligned */
	push	8(%eax)			/* eip */
	push	4(%eax)			/* error code */
	push	(%eax)			/* vector */
	xor	%ebp, %ebp
	call	x86_exception

	.data
	.balign	8
	.globl	boot_gdt
boot_gdt:
	.quad	0
	.quad	0x00cf9a000000ffff	/* 0x08: code, base 0, 4 GiB */
	.quad	0x00cf92000000ffff	/* 0x10: data, base 0, 4 GiB */
	.quad	0			/* 0x18: the thread pointer's */
gdt_pointer:
	.word	gdt_pointer - boot_gdt - 1
	.long	boot_gdt

	.bss
	.balign	16
	.space	65536
boot_stack_top:
	.space	4096
exception_stack_top:

	.section .note.GNU-stack, "", @progbits
