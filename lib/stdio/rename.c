/* rename: give a file another name, replacing what had it. */
#include <fcntl.h>
#include "kernel/syscall.h"
#include "lib/stdio_impl.h"

int rename(const char *oldpath, const char *newpath)
{
	/* renameat where the target has it (renameat2 came in Linux 3.15);
	 * riscv64 has only renameat2, with no flags the same call */
#ifdef __NR_renameat
	return syscall_result(arch_syscall4(__NR_renameat, AT_FDCWD,
					    SC(oldpath), AT_FDCWD,
					    SC(newpath)));
#else
	return syscall_result(arch_syscall5(__NR_renameat2, AT_FDCWD,
					    SC(oldpath), AT_FDCWD,
					    SC(newpath), 0));
#endif
}
