/*
 * qemu's virt board as arm and aarch64 both see it (arch/aarch64/bare/
 * virt.c builds this file): the same machine, addresses and UART.
 *  - RAM from 0x40000000; the device tree qemu generates sits at its
 *    start, the first MiB (the image is linked at 0x40100000: bare/link.ld),
 *    and says how much RAM there is and what the command line is. An image
 *    that qemu boots as Linux finds the tree's address in a register
 *    instead (r2 on arm, x0 on aarch64), which start.S passes on
 *  - PL011 UART at 0x09000000: data register at 0, flags at 0x18 (bit 5:
 *    transmit FIFO full)
 */
#include "kernel/runtime.h"
#include "platform/bare/board.h"

#define RAM_BASE	0x40000000ul
#define PL011		((volatile uint32_t *)0x09000000ul)
#define PL011_DR	0
#define PL011_FR	(0x18 / 4)
#define FR_TXFF		(1u << 5)

void board_putc(int c)
{
	while (PL011[PL011_FR] & FR_TXFF)
		;
	PL011[PL011_DR] = (unsigned char)c;
}

__attribute__((noreturn)) void virt_board_main(uintptr_t fdt);

/* fdt: the register's value at entry, perhaps the tree (which lies in
 * RAM, 8-byte aligned). */
void virt_board_main(uintptr_t fdt)
{
	const char *bootargs;

	if ((fdt < RAM_BASE || fdt & 7 ||
	     fdt_scan((const void *)fdt, &bootargs) != 0) &&
	    fdt_scan((const void *)RAM_BASE, &bootargs) != 0) {
		message("no device tree at 0x%lx nor where the boot "
			"registers point: the RAM is unknown", RAM_BASE);
		board_exit(99);
	}
	bare_start(bootargs);
}
