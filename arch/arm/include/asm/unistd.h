/* arm system calls: every number (the generated table) and how the
 * runtime uses the few that differ between targets. */
#ifndef ASM_UNISTD_H
#define ASM_UNISTD_H

#include <asm/unistd_nr.h>

/* mmap2 takes its offset in 4096-byte units */
#define __NR_mmap_pgoff   __NR_mmap2
#define MMAP_OFF_SHIFT    12

/* open() flag for files past 2 GiB on 32-bit targets */
#define ARCH_O_LARGEFILE  0400000

#endif
