/*
 * qemu's aarch64 virt board (-M virt -cpu cortex-a57 -semihosting), the
 * facts (the RAM, the device tree and the UART: arm's virt.c):
 *  - exit: semihosting SYS_EXIT (0x18) with the block
 *    { ADP_Stopped_ApplicationExit, status } of two 64-bit words, through
 *    hlt 0xf000; qemu exits with the status. Without -semihosting hlt is
 *    an undefined instruction: the board then says so and stops in a loop
 *  - the thread pointer is TPIDR_EL0, which EL1 writes directly
 *    (asm/tls.h): no system call is the board's own
 *  - an exception ends the machine as the signal Linux sends for it would
 *    end a process: SIGILL, SIGTRAP (brk, which __builtin_trap emits),
 *    SIGBUS (alignment), SIGFPE, else SIGSEGV
 */
#include <errno.h>
#include <signal.h>
#include "kernel/runtime.h"
#include "platform/bare/board.h"

#define SYS_EXIT	0x18
#define ADP_STOPPED_APPLICATION_EXIT	0x20026

static __attribute__((noreturn)) void stop(void)
{
	for (;;)
		__asm__ volatile ("wfi");
}

/* The status board_exit was given, -1 before: its hlt is an undefined
 * instruction when qemu runs without -semihosting. */
static int exit_status = -1;

void board_exit(int status)
{
	uint64_t block[2] = { ADP_STOPPED_APPLICATION_EXIT, (uint64_t)status };
	register long x0 __asm__("x0") = SYS_EXIT;
	register long x1 __asm__("x1") = (long)block;

	exit_status = status;
	__asm__ volatile ("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	stop();
}

long board_syscall(long n, long a, long b)
{
	return -ENOSYS;
}

/* ESR_EL1's exception class (bits 31:26) and, for an abort, its fault
 * status code (bits 5:0). */
#define ESR_CLASS(esr)	((esr) >> 26 & 0x3f)
#define ESR_FSC(esr)	((esr) & 0x3f)
#define FSC_ALIGNMENT	0x21

/* What an exception is, the signal Linux sends for it, and whether
 * FAR_EL1 holds the address it is about. */
struct exception_kind {
	const char *name;
	int signal, far;
};

static struct exception_kind exception_kind(uint64_t esr)
{
	switch (ESR_CLASS(esr)) {
	case 0x00:
		return (struct exception_kind){ "undefined instruction", SIGILL, 0 };
	case 0x07:
		return (struct exception_kind){ "FP/SIMD access trap", SIGILL, 0 };
	case 0x0e:
		return (struct exception_kind){ "illegal execution state", SIGILL, 0 };
	case 0x15:
		return (struct exception_kind){ "svc", SIGILL, 0 };
	case 0x18:
		return (struct exception_kind){ "system register trap", SIGILL, 0 };
	case 0x20: case 0x21:
		return (struct exception_kind){ "instruction abort", SIGSEGV, 1 };
	case 0x22:
		return (struct exception_kind){ "pc alignment fault", SIGBUS, 1 };
	case 0x24: case 0x25:
		if (ESR_FSC(esr) == FSC_ALIGNMENT)
			return (struct exception_kind){ "alignment fault", SIGBUS, 1 };
		return (struct exception_kind){ "data abort", SIGSEGV, 1 };
	case 0x26:
		return (struct exception_kind){ "sp alignment fault", SIGBUS, 0 };
	case 0x28: case 0x2c:
		return (struct exception_kind){ "floating-point exception", SIGFPE, 0 };
	case 0x2f:
		return (struct exception_kind){ "SError", SIGBUS, 0 };
	case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35:
		return (struct exception_kind){ "debug exception", SIGTRAP, 0 };
	case 0x3c:
		return (struct exception_kind){ "breakpoint", SIGTRAP, 0 };
	}
	return (struct exception_kind){ "exception", SIGSEGV, 0 };
}

__attribute__((noreturn)) void aarch64_exception(unsigned int vector,
		uint64_t esr, uint64_t far, uint64_t elr);

/* vector: the entry of the table in start.S, 0..15; 1, 2, 5 and 6 (and
 * their like from a lower level) are irq and fiq, which carry no
 * syndrome. */
void aarch64_exception(unsigned int vector, uint64_t esr, uint64_t far,
		       uint64_t elr)
{
	static int faults, stopping;
	struct exception_kind k;

	if (exit_status >= 0) {	/* the exit's hlt, without -semihosting */
		if (!stopping++)
			message("exit status %d, but qemu has no -semihosting "
				"to end the machine with: stopped", exit_status);
		stop();
	}
	if (faults++)	/* a fault while saying so: end without a word */
		board_exit(128 + SIGSEGV);
	if ((vector & 3) == 1 || (vector & 3) == 2) {
		message("%s near 0x%lx", (vector & 3) == 1 ? "irq" : "fiq",
			(unsigned long)elr);
		board_exit(128 + SIGSEGV);
	}
	k = (vector & 3) == 3 ? (struct exception_kind){ "SError", SIGBUS, 0 }
			      : exception_kind(esr);
	if (k.far)
		message("%s at 0x%lx (ESR %#lx) near 0x%lx", k.name,
			(unsigned long)far, (unsigned long)esr,
			(unsigned long)elr);
	else
		message("%s (ESR %#lx) near 0x%lx", k.name, (unsigned long)esr,
			(unsigned long)elr);
	board_exit(128 + k.signal);
}
