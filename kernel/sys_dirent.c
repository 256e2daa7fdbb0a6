/* Directory records: getdents64, the same on every target. */
#include <dirent.h>
#include "kernel/syscall.h"

ssize_t getdents64(int fd, void *buf, size_t n)
{
	return syscall_result(arch_syscall3(__NR_getdents64, fd, SC(buf),
					    SC(n)));
}
