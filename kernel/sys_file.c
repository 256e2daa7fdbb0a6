/*
 * Names in the file system: make, remove, link and check them. Every call
 * is the *at form underneath, which every target has.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "kernel/syscall.h"

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return syscall_result(arch_syscall3(__NR_mkdirat, dirfd, SC(path),
					    mode));
}

int mkdir(const char *path, mode_t mode)
{
	return mkdirat(AT_FDCWD, path, mode);
}

int unlinkat(int dirfd, const char *path, int flags)
{
	return syscall_result(arch_syscall3(__NR_unlinkat, dirfd, SC(path),
					    flags));
}

int unlink(const char *path)
{
	return unlinkat(AT_FDCWD, path, 0);
}

int rmdir(const char *path)
{
	return unlinkat(AT_FDCWD, path, AT_REMOVEDIR);
}

int linkat(int olddirfd, const char *oldpath, int newdirfd,
	   const char *newpath, int flags)
{
	return syscall_result(arch_syscall5(__NR_linkat, olddirfd,
					    SC(oldpath), newdirfd,
					    SC(newpath), flags));
}

int link(const char *oldpath, const char *newpath)
{
	return linkat(AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}

int symlinkat(const char *target, int dirfd, const char *path)
{
	return syscall_result(arch_syscall3(__NR_symlinkat, SC(target),
					    dirfd, SC(path)));
}

int symlink(const char *target, const char *path)
{
	return symlinkat(target, AT_FDCWD, path);
}

ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t n)
{
	return syscall_result(arch_syscall4(__NR_readlinkat, dirfd, SC(path),
					    SC(buf), SC(n)));
}

ssize_t readlink(const char *path, char *buf, size_t n)
{
	return readlinkat(AT_FDCWD, path, buf, n);
}

int faccessat(int dirfd, const char *path, int mode, int flags)
{
	long ret;

#ifdef __NR_faccessat2
	/* flags (AT_EACCESS, AT_SYMLINK_NOFOLLOW) need faccessat2, 5.8+ */
	if (flags) {
		ret = arch_syscall4(__NR_faccessat2, dirfd, SC(path), mode,
				    flags);
		if (ret != -ENOSYS)
			return syscall_result(ret);
	}
#endif
	ret = arch_syscall3(__NR_faccessat, dirfd, SC(path), mode);
	return syscall_result(ret);
}

int access(const char *path, int mode)
{
	return faccessat(AT_FDCWD, path, mode, 0);
}

int chdir(const char *path)
{
	return syscall_result(arch_syscall1(__NR_chdir, SC(path)));
}

int fchdir(int fd)
{
	return syscall_result(arch_syscall1(__NR_fchdir, fd));
}

int chroot(const char *path)
{
	return syscall_result(arch_syscall1(__NR_chroot, SC(path)));
}
