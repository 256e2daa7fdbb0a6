/*
 * Faults on the pc board (x86, and x86_64, which builds this file too):
 * named on the console instead of a reset.
 *  - the IDT's 32 exception gates (interrupt gates, ring 0) go to the
 *    stubs in start.S, which call x86_exception(vector, error code, ip)
 *    on a stack of their own; the error code is 0 where the CPU gives none
 *  - paging (paging.c) maps the RAM one to one but for page 0, so that a
 *    null pointer and an address above the RAM fault (CR2 says where)
 *    instead of reading what the bus answers
 *  - the machine ends as the signal Linux sends for the exception would
 *    end a process: 128 + SIGSEGV, SIGILL, SIGFPE, SIGBUS or SIGTRAP
 */
#include <signal.h>
#include "kernel/runtime.h"
#include "arch/x86/bare/fault.h"
#include "platform/bare/board.h"

#define VECTORS		32
#define CODE_SELECTOR	0x08
#define INTERRUPT_GATE	0x8e		/* present, ring 0, 32- or 64-bit */
#define PAGE_FAULT	14

/* An interrupt gate: 8 bytes on x86, 16 on x86_64 (the offset's upper
 * 32 bits, then a reserved word). */
#define GATE_WORDS	(sizeof(uintptr_t) / 2)

static uint32_t idt[VECTORS][GATE_WORDS] __attribute__((aligned(16)));

extern const uintptr_t exception_entry[VECTORS];	/* start.S */

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

static void set_gate(uint32_t *gate, uintptr_t handler)
{
	gate[0] = CODE_SELECTOR << 16 | (handler & 0xffff);
	gate[1] = (handler & 0xffff0000u) | INTERRUPT_GATE << 8;
	if (GATE_WORDS == 4) {
		gate[2] = (uint32_t)((uint64_t)handler >> 32);
		gate[3] = 0;
	}
}

static void exceptions_on(void)
{
	struct {
		uint16_t limit;
		uintptr_t base;
	} __attribute__((packed)) idtr = { sizeof(idt) - 1, (uintptr_t)idt };
	int v;

	for (v = 0; v < VECTORS; v++)
		set_gate(idt[v], exception_entry[v]);
	__asm__ volatile ("lidt %0" : : "m"(idtr));
}

void board_protect(uint64_t ram_top)
{
	exceptions_on();
	paging_on(ram_top);
}

/* The signal Linux sends a process for the exception. */
static int exception_signal(uintptr_t vector)
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

__attribute__((noreturn)) void x86_exception(uintptr_t vector,
					     uintptr_t error, uintptr_t ip);

void x86_exception(uintptr_t vector, uintptr_t error, uintptr_t ip)
{
	static int ending;
	const char *name = vector < VECTORS && exception_name[vector] ?
		exception_name[vector] : "reserved exception";
	uintptr_t address;

	if (ending++)	/* a fault while saying so: end without a word */
		board_exit(128 + SIGSEGV);
	if (vector == PAGE_FAULT) {
		__asm__ volatile ("mov %%cr2, %0" : "=r"(address));
		message("%s at 0x%lx (vector %lu, error %#lx) near 0x%lx", name,
			(unsigned long)address, (unsigned long)vector,
			(unsigned long)error, (unsigned long)ip);
	} else
		message("%s (vector %lu, error %#lx) near 0x%lx", name,
			(unsigned long)vector, (unsigned long)error,
			(unsigned long)ip);
	board_exit(128 + exception_signal(vector));
}
