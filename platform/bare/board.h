/*
 * What a bare board (arch/<arch>/bare/board.c) gives the platform, and
 * what the platform gives it. Boot order: the board's start code sets up
 * a stack, zeroes bss and enables the FPU; its C entry finds the RAM and
 * the command line (device tree, multiboot information), gives the RAM to
 * mm/os_ram.c and calls bare_start, which never returns.
 */
#ifndef PLATFORM_BARE_BOARD_H
#define PLATFORM_BARE_BOARD_H

#include <stdint.h>

/* Writes one byte to the console UART. */
void board_putc(int c);

/* Ends the machine with status (0..255) for whoever started it. */
__attribute__((noreturn)) void board_exit(int status);

/* The system calls only the architecture can answer (the thread
 * pointer): the result, or -ENOSYS. */
long board_syscall(long n, long a, long b);

/* Takes the image (and its stack, which lies in bss) out of the RAM, then
 * runs the program: argv from the command line (space-separated; leading
 * NAME=VALUE words are its environment), main, exit. The command line is
 * copied first: it may lie in RAM the heap will take. */
__attribute__((noreturn)) void bare_start(const char *cmdline);

/* Reads the RAM banks and /chosen/bootargs of a flattened device tree
 * (platform/bare/fdt.c): adds each bank with ram_add, then takes out the
 * tree itself and the ranges its reservation block names. *bootargs is
 * NULL when the tree has none. 0, or -1 when fdt is not a device tree. */
int fdt_scan(const void *fdt, const char **bootargs);

#endif
