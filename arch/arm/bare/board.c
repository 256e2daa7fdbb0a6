/*
 * qemu's arm virt board (-M virt -semihosting), the facts (the RAM, the
 * device tree and the UART: virt.c):
 *  - exit: semihosting SYS_EXIT_EXTENDED (0x20) with the block
 *    { ADP_Stopped_ApplicationExit, status }, through svc 0x123456; qemu
 *    exits with the status. Without -semihosting it would be an ordinary
 *    svc: the board then stops in a loop
 *  - the thread pointer is TPIDRURO, which SVC mode may write
 *  - an exception ends the machine as the signal would end a process:
 *    undefined instruction SIGILL (4), an abort SIGSEGV (11)
 */
#include <errno.h>
#include "kernel/syscall.h"
#include "platform/bare/board.h"

#define SYS_EXIT_EXTENDED	0x20
#define ADP_STOPPED_APPLICATION_EXIT	0x20026

static void say(const char *s)
{
	while (*s)
		board_putc(*s++);
}

void board_exit(int status)
{
	uint32_t block[2] = { ADP_STOPPED_APPLICATION_EXIT, (uint32_t)status };
	register long r0 __asm__("r0") = SYS_EXIT_EXTENDED;
	register long r1 __asm__("r1") = (long)block;

	__asm__ volatile ("svc 0x123456" : "+r"(r0) : "r"(r1) : "memory");
	for (;;)
		__asm__ volatile ("wfi");
}

long board_syscall(long n, long a, long b)
{
	if (n != __ARM_NR_set_tls)
		return -ENOSYS;
	__asm__ volatile ("mcr p15, 0, %0, c13, c0, 3" : : "r"(a));
	return 0;
}

static const char *const exception_name[8] = {
	"reset", "undefined instruction", "svc", "prefetch abort",
	"data abort", "unused vector", "irq", "fiq",
};

__attribute__((noreturn)) void arm_exception(unsigned int kind,
					     uintptr_t lr);

void arm_exception(unsigned int kind, uintptr_t lr)
{
	static int ending;
	char hex[9];
	int i;

	if (ending++)	/* board_exit's svc, without -semihosting: stop */
		for (;;)
			__asm__ volatile ("wfi");
	say("bareheap: ");
	say(exception_name[kind & 7]);
	for (i = 7; i >= 0; i--, lr >>= 4)
		hex[i] = "0123456789abcdef"[lr & 15];
	hex[8] = '\0';
	say(" near 0x");
	say(hex);
	say("\n");
	board_exit(128 + (kind == 1 ? 4 : 11));
}
