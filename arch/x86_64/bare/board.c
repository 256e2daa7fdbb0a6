/* The x86_64 board is qemu's pc as the x86 one is: arch/x86/bare/board.c
 * (COM1, the exit through COM2 and isa-debug-exit, the multiboot memory
 * map and command line) holds for both. What differs is the entry into
 * long mode (start.S), the thread pointer (tls.c) and fault.c. */
#include "arch/x86/bare/board.c"
