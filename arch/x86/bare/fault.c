/*
 * Faults on the x86 board: named on the console instead of a reset.
 *  - the IDT's 32 exception gates (interrupt gates, ring 0) go to the
 *    stubs in start.S, which call x86_exception(vector, error code, eip)
 *    on a stack of their own; the error code is 0 where the CPU gives none
 *  - paging maps the RAM one to one: 4 MiB pages (CR4.PSE) from one page
 *    directory, except the first 4 MiB, mapped in 4 KiB pages by one page
 *    table with page 0 left out. A null pointer and an address above the
 *    RAM fault (CR2 says where) instead of reading what the bus answers
 *  - the machine ends as the signal Linux sends for the exception would
 *    end a process: 128 + SIGSEGV, SIGILL, SIGFPE, SIGBUS or SIGTRAP
 */
#include <signal.h>
#include "kernel/runtime.h"
#include "arch/x86/bare/fault.h"
#include "platform/bare/board.h"

#define VECTORS		32
#define CODE_SELECTOR	0x08
#define INTERRUPT_GATE	0x8e		/* present, ring 0, 32-bit */
#define PAGE_FAULT	14
#define PTE_PRESENT	(1u << 0)
#define PTE_WRITE	(1u << 1)
#define PDE_LARGE	(1u << 7)
#define LARGE_SHIFT	22		/* 4 MiB pages */
#define CPUID_PSE	(1u << 3)	/* leaf 1, edx */
#define CR4_PSE		(1u << 4)
#define CR0_WP		(1u << 16)
#define CR0_PG		(1u << 31)

struct gate {
	uint16_t offset_low, selector;
	uint8_t zero, type;
	uint16_t offset_high;
};

_Static_assert(sizeof(struct gate) == 8, "an IDT gate is 8 bytes");

static struct gate idt[VECTORS];
static uint32_t page_directory[1024] __attribute__((aligned(4096)));
static uint32_t low_page_table[1024] __attribute__((aligned(4096)));

extern const uint32_t exception_entry[VECTORS];	/* start.S */

static const char *const exception_name[VECTORS] = {
	"divide error", "debug exception", "non-maskable interrupt",
	"breakpoint", "overflow", "bound range exceeded", "invalid opcode",
	"device not available", "double fault", "coprocessor segment overrun",
	"invalid TSS", "segment not present", "stack-segment fault",
	"general protection fault", "page fault", "reserved exception",
	"x87 floating-point error", "alignment check", "machine check",
	"SIMD floating-point error", "virtualization exception",
	"control protection exception",
};

void x86_exceptions_on(void)
{
	struct {
		uint16_t limit;
		uint32_t base;
	} __attribute__((packed)) idtr = { sizeof(idt) - 1, (uint32_t)idt };
	int v;

	for (v = 0; v < VECTORS; v++) {
		idt[v].offset_low = exception_entry[v] & 0xffff;
		idt[v].selector = CODE_SELECTOR;
		idt[v].type = INTERRUPT_GATE;
		idt[v].offset_high = exception_entry[v] >> 16;
	}
	__asm__ volatile ("lidt %0" : : "m"(idtr));
}

static int cpu_has_pse(void)
{
	uint32_t a = 1, b, c = 0, d;

	__asm__ ("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	return (d & CPUID_PSE) != 0;
}

void x86_paging_on(uint64_t ram_top)
{
	uint32_t i, large = (uint32_t)((ram_top + (1u << LARGE_SHIFT) - 1) >>
				      LARGE_SHIFT);
	uintptr_t r;

	if (!cpu_has_pse()) {
		message("this CPU has no 4 MiB pages (PSE): paging stays off");
		board_exit(99);
	}
	for (i = 1; i < 1024; i++)
		low_page_table[i] = i << 12 | PTE_WRITE | PTE_PRESENT;
	page_directory[0] = (uint32_t)low_page_table | PTE_WRITE | PTE_PRESENT;
	for (i = 1; i < large && i < 1024; i++)
		page_directory[i] = i << LARGE_SHIFT | PDE_LARGE | PTE_WRITE |
			PTE_PRESENT;
	__asm__ volatile ("mov %0, %%cr3" : : "r"(page_directory) : "memory");
	__asm__ volatile ("mov %%cr4, %0" : "=r"(r));
	__asm__ volatile ("mov %0, %%cr4" : : "r"(r | CR4_PSE));
	__asm__ volatile ("mov %%cr0, %0" : "=r"(r));
	__asm__ volatile ("mov %0, %%cr0" : : "r"(r | CR0_PG | CR0_WP) : "memory");
}

/* The signal Linux sends a process for the exception. */
static int exception_signal(unsigned int vector)
{
	switch (vector) {
	case 0: case 16: case 19:
		return SIGFPE;
	case 1: case 3:
		return SIGTRAP;
	case 6:
		return SIGILL;
	case 17:
		return SIGBUS;
	}
	return SIGSEGV;
}

__attribute__((noreturn)) void x86_exception(uint32_t vector, uint32_t error,
					     uint32_t eip);

void x86_exception(uint32_t vector, uint32_t error, uint32_t eip)
{
	static int ending;
	const char *name = vector < VECTORS && exception_name[vector] ?
		exception_name[vector] : "reserved exception";
	uintptr_t address;

	if (ending++)	/* a fault while saying so: end without a word */
		board_exit(128 + SIGSEGV);
	if (vector == PAGE_FAULT) {
		__asm__ volatile ("mov %%cr2, %0" : "=r"(address));
		message("%s at 0x%lx (vector %u, error %#x) near 0x%x", name,
			(unsigned long)address, vector, error, eip);
	} else
		message("%s (vector %u, error %#x) near 0x%x", name, vector,
			error, eip);
	board_exit(128 + exception_signal(vector));
}
