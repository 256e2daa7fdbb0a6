/* remove: unlink a file, or remove an empty directory. */
#include <errno.h>
#include <fcntl.h>
#include "kernel/syscall.h"
#include "lib/stdio_impl.h"

#define AT_REMOVEDIR_FLAG	0x200

int remove(const char *path)
{
	long r = arch_syscall3(__NR_unlinkat, AT_FDCWD, SC(path), 0);

	if (r == -EISDIR)
		r = arch_syscall3(__NR_unlinkat, AT_FDCWD, SC(path),
				  AT_REMOVEDIR_FLAG);
	return syscall_result(r);
}
