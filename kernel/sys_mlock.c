/* The rest of the address-space calls: mremap, msync, the mlock family,
 * mincore, posix_madvise, memfd_create. */
#include <errno.h>
#include <stdarg.h>
#include <sys/mman.h>
#include "kernel/syscall.h"

void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
	void *new_addr = 0;
	va_list ap;
	long ret;

	if (flags & MREMAP_FIXED) {
		va_start(ap, flags);
		new_addr = va_arg(ap, void *);
		va_end(ap);
	}
	ret = arch_syscall5(__NR_mremap, SC(old), SC(old_len), SC(new_len),
			    flags, SC(new_addr));
	if (syscall_failed(ret)) {
		errno = (int)-ret;
		return MAP_FAILED;
	}
	return (void *)ret;
}

int msync(void *addr, size_t len, int flags)
{
	return syscall_result(arch_syscall3(__NR_msync, SC(addr), SC(len),
					    flags));
}

int mlock(const void *addr, size_t len)
{
	return syscall_result(arch_syscall2(__NR_mlock, SC(addr), SC(len)));
}

int munlock(const void *addr, size_t len)
{
	return syscall_result(arch_syscall2(__NR_munlock, SC(addr), SC(len)));
}

int mlockall(int flags)
{
	return syscall_result(arch_syscall1(__NR_mlockall, flags));
}

int munlockall(void)
{
	return syscall_result(arch_syscall0(__NR_munlockall));
}

int mincore(void *addr, size_t len, unsigned char *vec)
{
	return syscall_result(arch_syscall3(__NR_mincore, SC(addr), SC(len),
					    SC(vec)));
}

/* Returns the error number itself. POSIX_MADV_DONTNEED is only advice,
 * which Linux's MADV_DONTNEED (it drops the pages) is not: ignored. */
int posix_madvise(void *addr, size_t len, int advice)
{
	long ret;

	if (advice == POSIX_MADV_DONTNEED)
		return 0;
	ret = arch_syscall3(__NR_madvise, SC(addr), SC(len), advice);
	return syscall_failed(ret) ? (int)-ret : 0;
}

int memfd_create(const char *name, unsigned int flags)
{
	return syscall_result(arch_syscall2(__NR_memfd_create, SC(name),
					    flags));
}
