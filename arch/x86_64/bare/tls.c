/*
 * The thread pointer on the x86_64 board: the FS base, written with
 * wrmsr to IA32_FS_BASE (0xc0000100), as arch_prctl(ARCH_SET_FS) has
 * the kernel do.
 */
#include <errno.h>
#include "kernel/syscall.h"
#include <asm/tls.h>
#include "platform/bare/board.h"

#define MSR_FS_BASE	0xc0000100u

long board_syscall(long n, long a, long b)
{
	uint64_t base = (uint64_t)b;

	if (n != __NR_arch_prctl)
		return -ENOSYS;
	if (a != ARCH_SET_FS)
		return -EINVAL;
	__asm__ volatile ("wrmsr" : : "c"(MSR_FS_BASE), "a"((uint32_t)base),
			  "d"((uint32_t)(base >> 32)));
	return 0;
}
