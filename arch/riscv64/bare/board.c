/*
 * qemu's riscv64 virt board (-M virt -bios none), the facts:
 *  - RAM from 0x80000000; the program runs in M-mode, with no firmware
 *    (no SBI) and no MMU; qemu's reset code passes the device tree
 *    (placed near the end of the RAM) in a1, and the tree says how much
 *    RAM there is
 *  - NS16550 UART at 0x10000000, byte registers: transmit holding at 0,
 *    line status at 5 (bit 5: the holding register is empty)
 *  - exit: the sifive_test device at 0x100000; writing 0x5555 ends qemu
 *    with status 0, (code << 16) | 0x3333 with status code
 *  - the thread pointer is tp, which the runtime sets itself
 *  - a trap ends the machine as the signal Linux sends for it would end a
 *    process: SIGILL for an illegal instruction, SIGTRAP for ebreak,
 *    SIGBUS for a misaligned access, SIGSEGV for the rest
 */
#include <errno.h>
#include <signal.h>
#include "kernel/runtime.h"
#include "platform/bare/board.h"

#define UART		((volatile uint8_t *)0x10000000u)
#define UART_THR	0
#define UART_LSR	5
#define LSR_THRE	(1u << 5)
#define TEST_DEVICE	((volatile uint32_t *)0x100000u)
#define TEST_PASS	0x5555u
#define TEST_FAIL	0x3333u

void board_putc(int c)
{
	while (!(UART[UART_LSR] & LSR_THRE))
		;
	UART[UART_THR] = (uint8_t)c;
}

void board_exit(int status)
{
	*TEST_DEVICE = status ? (uint32_t)status << 16 | TEST_FAIL : TEST_PASS;
	for (;;)
		__asm__ volatile ("wfi");
}

long board_syscall(long n, long a, long b)
{
	return -ENOSYS;
}

#define CAUSES	16
#define MCAUSE_INTERRUPT	(1ul << 63)

static const char *const cause_name[CAUSES] = {
	"instruction address misaligned", "instruction access fault",
	"illegal instruction", "breakpoint", "load address misaligned",
	"load access fault", "store address misaligned", "store access fault",
	"environment call from U-mode", "environment call from S-mode",
	NULL, "environment call from M-mode", "instruction page fault",
	"load page fault", NULL, "store page fault",
};

/* The causes whose mtval is the address that faulted. */
#define ADDRESS_CAUSES	(1u << 0 | 1u << 1 | 1u << 4 | 1u << 5 | 1u << 6 | \
			 1u << 7 | 1u << 12 | 1u << 13 | 1u << 15)

/* The signal Linux sends a process for the exception. */
static int cause_signal(unsigned long cause)
{
	switch (cause) {
	case 2:
		return SIGILL;
	case 3:
		return SIGTRAP;
	case 0: case 4: case 6:
		return SIGBUS;
	}
	return SIGSEGV;
}

__attribute__((noreturn)) void riscv_trap(unsigned long mcause,
					  unsigned long mtval,
					  unsigned long mepc);

void riscv_trap(unsigned long mcause, unsigned long mtval, unsigned long mepc)
{
	static int ending;
	const char *name = mcause < CAUSES && cause_name[mcause] ?
		cause_name[mcause] : "reserved exception";

	if (ending++)	/* a trap while saying so: end without a word */
		board_exit(128 + SIGSEGV);
	if (mcause & MCAUSE_INTERRUPT)
		message("unexpected interrupt %lu (mcause %#lx) near 0x%lx",
			mcause & ~MCAUSE_INTERRUPT, mcause, mepc);
	else if (mcause < CAUSES && ADDRESS_CAUSES >> mcause & 1)
		message("%s at 0x%lx (mcause %lu) near 0x%lx", name, mtval,
			mcause, mepc);
	else
		message("%s (mcause %lu, mtval %#lx) near 0x%lx", name, mcause,
			mtval, mepc);
	board_exit(128 + (mcause & MCAUSE_INTERRUPT ? SIGSEGV :
			  cause_signal(mcause)));
}

__attribute__((noreturn)) void riscv_board_main(uintptr_t fdt);

void riscv_board_main(uintptr_t fdt)
{
	const char *bootargs;

	if (!fdt || fdt & 3 || fdt_scan((const void *)fdt, &bootargs) != 0) {
		message("no device tree in a1: the RAM is unknown");
		board_exit(99);
	}
	bare_start(bootargs);
}
