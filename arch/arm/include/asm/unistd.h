/* ARM EABI system-call numbers (from the kernel's arch/arm/tools/syscall.tbl). */
#ifndef ASM_UNISTD_H
#define ASM_UNISTD_H

#define __NR_exit             1
#define __NR_fork             2
#define __NR_read             3
#define __NR_write            4
#define __NR_close            6
#define __NR_execve           11
#define __NR_lseek            19
#define __NR_getpid           20
#define __NR_mount            21
#define __NR_kill             37
#define __NR_mkdir            39
#define __NR_dup2             63
#define __NR_reboot           88
#define __NR_munmap           91
#define __NR_wait4            114
#define __NR_clone            120
#define __NR_uname            122
#define __NR_mprotect         125
#define __NR__llseek          140
#define __NR_sched_yield      158
#define __NR_nanosleep        162
#define __NR_rt_sigaction     174
#define __NR_rt_sigprocmask   175
#define __NR_vfork            190
#define __NR_mmap2            192
#define __NR_madvise          220
#define __NR_gettid           224
#define __NR_exit_group       248
#define __NR_clock_gettime    263
#define __NR_tgkill           268
#define __NR_openat           322
#define __NR_dup3             358
#define __NR_pipe2            359
#define __NR_prlimit64        369
#define __NR_clock_gettime64  403

/* mmap2 takes its offset in 4096-byte units */
#define __NR_mmap_pgoff   __NR_mmap2
#define MMAP_OFF_SHIFT    12

/* open() flag for files past 2 GiB on 32-bit targets */
#define ARCH_O_LARGEFILE  0400000

#endif
