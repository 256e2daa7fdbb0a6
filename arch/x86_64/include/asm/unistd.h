/* x86_64 system-call numbers (from the kernel's syscall_64.tbl). */
#ifndef ASM_UNISTD_H
#define ASM_UNISTD_H

#define __NR_read             0
#define __NR_write            1
#define __NR_close            3
#define __NR_lseek            8
#define __NR_mmap             9
#define __NR_mprotect         10
#define __NR_munmap           11
#define __NR_rt_sigaction     13
#define __NR_rt_sigprocmask   14
#define __NR_sched_yield      24
#define __NR_madvise          28
#define __NR_dup2             33
#define __NR_nanosleep        35
#define __NR_getpid           39
#define __NR_clone            56
#define __NR_fork             57
#define __NR_vfork            58
#define __NR_execve           59
#define __NR_exit             60
#define __NR_wait4            61
#define __NR_kill             62
#define __NR_uname            63
#define __NR_mkdir            83
#define __NR_mount            165
#define __NR_reboot           169
#define __NR_gettid           186
#define __NR_clock_gettime    228
#define __NR_exit_group       231
#define __NR_tgkill           234
#define __NR_openat           257
#define __NR_dup3             292
#define __NR_pipe2            293
#define __NR_prlimit64        302

/* mmap takes its offset in bytes */
#define __NR_mmap_pgoff   __NR_mmap
#define MMAP_OFF_SHIFT    0

/* open() flag for files past 2 GiB on 32-bit targets */
#define ARCH_O_LARGEFILE  0

#endif
