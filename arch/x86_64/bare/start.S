/*
 * Entry as a multiboot (version 1) image, on qemu's pc board with no
 * operating system, into long mode.
 *  - the header below lies in the image's first 8 KiB, as on x86
 *    (arch/x86/bare/start.S); the loader enters _start in 32-bit
 *    protected mode, paging off, eax = 0x2BADB002, ebx = the information
 *  - still in 32-bit code: zeroes bss, then builds page tables in it that
 *    map the first 4 GiB one to one in 2 MiB pages (one PML4 entry, four
 *    PDPT entries, four page directories), turns on PAE, EFER.LME and
 *    paging, and jumps through a 64-bit code segment of our GDT
 *  - in 64-bit code: data segments, the stack in bss, the x87 FPU and
 *    SSE on, then x86_board_main(eax, ebx) (arch/x86/bare/board.c)
 *  - an exception goes to its stub below, then to x86_exception
 *    (arch/x86/bare/fault.c), which names it and ends the machine
 */
#define MB_MAGIC	0x1BADB002
#define MB_FLAGS	0x00000002
#define PAGE_PRESENT_WRITE	0x3
#define PAGE_LARGE	0x80
#define MSR_EFER	0xc0000080
#define EFER_LME	(1 << 8)

	.section .text.boot, "ax"
	.code32
	.balign	4
	.long	MB_MAGIC
	.long	MB_FLAGS
	.long	-(MB_MAGIC + MB_FLAGS)

	.globl	_start
	.type	_start, @function
_start:
	cli
	mov	%eax, %esi		/* kept for x86_board_main */
	mov	%ebx, %ebp
	cld
	mov	$_edata, %edi
	mov	$_end, %ecx
	sub	%edi, %ecx
	xor	%eax, %eax
	rep stosb
	movl	$pdpt + PAGE_PRESENT_WRITE, pml4
	mov	$page_directories + PAGE_PRESENT_WRITE, %eax
	xor	%ecx, %ecx
1:	mov	%eax, pdpt(, %ecx, 8)	/* PDPT entry n: directory n */
	add	$4096, %eax
	inc	%ecx
	cmp	$4, %ecx
	jne	1b
	xor	%ecx, %ecx
2:	mov	%ecx, %eax		/* entry n: 2 MiB page n */
	shl	$21, %eax
	or	$PAGE_LARGE + PAGE_PRESENT_WRITE, %eax
	mov	%eax, page_directories(, %ecx, 8)
	inc	%ecx
	cmp	$4 * 512, %ecx
	jne	2b
	mov	%cr4, %eax
	or	$(1 << 5) | (1 << 9) | (1 << 10), %eax	/* PAE, OSFXSR, OSXMMEXCPT */
	mov	%eax, %cr4
	mov	$pml4, %eax
	mov	%eax, %cr3
	mov	$MSR_EFER, %ecx
	rdmsr
	or	$EFER_LME, %eax
	wrmsr
	mov	%cr0, %eax
	and	$~(1 << 2), %eax	/* EM off: the FPU is there */
	or	$(1 << 31) | (1 << 1) | (1 << 5), %eax	/* PG, MP, NE */
	mov	%eax, %cr0
	lgdt	gdt_pointer
	ljmp	$0x08, $long_mode

	.code64
long_mode:
	mov	$0x10, %ax
	mov	%ax, %ds
	mov	%ax, %es
	mov	%ax, %ss
	xor	%eax, %eax
	mov	%ax, %fs
	mov	%ax, %gs
	fninit
	mov	$boot_stack_top, %rsp	/* 16-byte aligned before the call */
	mov	%esi, %edi		/* x86_board_main(magic, info) */
	mov	%ebp, %esi
	xor	%ebp, %ebp		/* outermost frame */
	call	x86_board_main
3:	hlt				/* it does not return */
	jmp	3b
	.size	_start, . - _start

#define ADDRESS .quad
#include "arch/x86/bare/exceptions.h"

	.text
exception_common:		/* the 64-bit frame: its words are 8 bytes; the arguments go in registers */
	mov	%rsp, %rax
	mov	$exception_stack_top, %rsp	/* 16-byte aligned before the call */
	mov	(%rax), %rdi		/* vector */
	mov	8(%rax), %rsi		/* error code */
	mov	16(%rax), %rdx		/* rip */
	xor	%ebp, %ebp
	call	x86_exception

	.data
	.balign	8
boot_gdt:
	.quad	0
	.quad	0x00af9a000000ffff	/* 0x08: 64-bit code */
	.quad	0x00cf92000000ffff	/* 0x10: data */
gdt_pointer:
	.word	gdt_pointer - boot_gdt - 1
	.long	boot_gdt

	.bss
	.balign	4096
pml4:
	.space	4096
pdpt:
	.space	4096
	.globl	page_directories
page_directories:
	.space	4 * 4096
	.space	65536
boot_stack_top:
	.space	4096
exception_stack_top:

	.section .note.GNU-stack, "", @progbits
