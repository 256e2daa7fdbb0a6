/* riscv64 system calls: every number (the generated table) and how the
 * runtime uses the few that differ between targets. The generic table has
 * no open, stat, pipe, dup2, poll or fork, and riscv64 not even renameat:
 * the library calls the *at and newer forms where a target lacks the old
 * ones. */
#ifndef ASM_UNISTD_H
#define ASM_UNISTD_H

#include <asm/unistd_nr.h>

/* mmap takes its offset in bytes */
#define __NR_mmap_pgoff   __NR_mmap
#define MMAP_OFF_SHIFT    0

/* open() flag for files past 2 GiB on 32-bit targets */
#define ARCH_O_LARGEFILE  0

/* The kernel's struct sigaction has no sa_restorer: handlers return
 * through the vDSO's trampoline (kernel/signal.h). */
#define ARCH_NO_SA_RESTORER 1

#endif
