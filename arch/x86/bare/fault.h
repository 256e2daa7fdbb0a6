/* What the pc board's CPU does on a fault (arch/x86/bare/fault.c). */
#ifndef ARCH_X86_BARE_FAULT_H
#define ARCH_X86_BARE_FAULT_H

#include <stdint.h>

/* Before the program runs, with the RAM known: the exception gates go to
 * start.S's stubs, so that a fault is named on the console and ends the
 * machine, and paging_on maps the RAM. */
void board_protect(uint64_t ram_top);

/* Maps [4 KiB, ram_top) one to one (arch/<arch>/bare/paging.c): page 0
 * and all above the RAM fault. Ends the machine when it cannot. */
void paging_on(uint64_t ram_top);

#endif
