/* rename: give a file another name, replacing what had it. */
#include <fcntl.h>
#include "kernel/syscall.h"
#include "lib/stdio_impl.h"

int rename(const char *oldpath, const char *newpath)
{
	/* renameat is on every target (renameat2 only since Linux 3.15). */
	return syscall_result(arch_syscall4(__NR_renameat, AT_FDCWD,
					    SC(oldpath), AT_FDCWD,
					    SC(newpath)));
}
