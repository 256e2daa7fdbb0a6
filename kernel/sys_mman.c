/* Address space: mmap, munmap, mprotect, madvise. */
#include <errno.h>
#include <sys/mman.h>
#include "kernel/syscall.h"

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
{
	long ret;

	if (offset & ((1 << MMAP_OFF_SHIFT) - 1)) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	ret = arch_syscall6(__NR_mmap_pgoff, SC(addr), SC(len), prot, flags, fd,
			    SC(offset >> MMAP_OFF_SHIFT));
	if (syscall_failed(ret)) {
		errno = (int)-ret;
		return MAP_FAILED;
	}
	return (void *)ret;
}

int munmap(void *addr, size_t len)
{
	return syscall_result(arch_syscall2(__NR_munmap, SC(addr), SC(len)));
}

int mprotect(void *addr, size_t len, int prot)
{
	return syscall_result(arch_syscall3(__NR_mprotect, SC(addr), SC(len),
					    prot));
}

int madvise(void *addr, size_t len, int advice)
{
	return syscall_result(arch_syscall3(__NR_madvise, SC(addr), SC(len),
					    advice));
}
