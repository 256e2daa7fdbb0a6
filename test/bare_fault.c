/*
 * A fault on a bare board: the board's exception handlers must name it
 * and end the machine as the signal would end a process, instead of
 * hanging or resetting.
 *   bare_fault ADDRESS   a 4-byte load from ADDRESS (hexadecimal): 139,
 *                        SIGSEGV (arm and aarch64 virt have nothing at
 *                        0xf0000000; the x86 board maps neither page 0
 *                        nor above the RAM); on aarch64, whose board
 *                        checks alignment, an odd address in RAM is 135,
 *                        SIGBUS
 *   bare_fault trap      __builtin_trap: an undefined instruction, 132,
 *                        SIGILL (riscv64's is ebreak and aarch64's brk,
 *                        a breakpoint: 133, SIGTRAP)
 *   bare_fault illegal   an instruction the CPU does not know (riscv64's
 *                        unimp, aarch64's udf; elsewhere as trap): 132,
 *                        SIGILL
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	volatile unsigned int *p;

	if (argc != 2)
		return 2;
	if (strcmp(argv[1], "trap") == 0) {
		printf("running an undefined instruction\n");
		fflush(stdout);
		__builtin_trap();
	}
	if (strcmp(argv[1], "illegal") == 0) {
		printf("running an illegal instruction\n");
		fflush(stdout);
#if defined(__riscv)
		__asm__ volatile ("unimp");
#elif defined(__aarch64__)
		__asm__ volatile ("udf #0");
#endif
		__builtin_trap();
	}
	p = (volatile unsigned int *)strtoul(argv[1], NULL, 16);
	printf("loading from %p\n", (void *)p);
	fflush(stdout);
	return (int)*p;
}
