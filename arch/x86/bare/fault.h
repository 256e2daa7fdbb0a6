/* The x86 board's exceptions and paging (arch/x86/bare/fault.c). */
#ifndef ARCH_X86_BARE_FAULT_H
#define ARCH_X86_BARE_FAULT_H

#include <stdint.h>

/* Points the 32 exception gates at start.S's stubs: from then on a fault
 * is named on the console and ends the machine. */
void x86_exceptions_on(void);

/* Maps [4 KiB, ram_top) one to one and turns paging on: page 0 and all
 * above the RAM fault. Ends the machine if the CPU lacks 4 MiB pages. */
void x86_paging_on(uint64_t ram_top);

#endif
