/* File descriptors: read, write, open, close, lseek, dup2, pipe. */
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>
#include "kernel/syscall.h"

ssize_t read(int fd, void *buf, size_t n)
{
	return syscall_result(arch_syscall3(__NR_read, fd, SC(buf), SC(n)));
}

ssize_t write(int fd, const void *buf, size_t n)
{
	return syscall_result(arch_syscall3(__NR_write, fd, SC(buf), SC(n)));
}

int openat(int dirfd, const char *path, int flags, ...)
{
	/* 32-bit targets need O_LARGEFILE for files past 2 GiB. */
	long largefile = sizeof(long) == 4 ? ARCH_O_LARGEFILE : 0;
	mode_t mode = 0;
	va_list ap;

	if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return syscall_result(arch_syscall4(__NR_openat, dirfd, SC(path),
					    flags | largefile, mode));
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;

	if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return openat(AT_FDCWD, path, flags, mode);
}

int close(int fd)
{
	return syscall_result(arch_syscall1(__NR_close, fd));
}

off_t lseek(int fd, off_t offset, int whence)
{
#ifdef __NR__llseek
	long long result;
	long ret = arch_syscall5(__NR__llseek, fd, SC(offset >> 32),
				 SC(offset & 0xffffffff), SC(&result), whence);

	return syscall_result(ret) < 0 ? -1 : result;
#else
	return syscall_result(arch_syscall3(__NR_lseek, fd, SC(offset),
					    whence));
#endif
}

/* The generic table has only dup3, which refuses oldfd == newfd: then
 * dup2 checks that oldfd is open and returns it, as dup2 does. */
int dup2(int oldfd, int newfd)
{
#ifdef __NR_dup2
	return syscall_result(arch_syscall2(__NR_dup2, oldfd, newfd));
#else
	if (oldfd == newfd)
		return syscall_result(arch_syscall2(__NR_fcntl, oldfd,
						    F_GETFD)) < 0 ? -1 : newfd;
	return syscall_result(arch_syscall3(__NR_dup3, oldfd, newfd, 0));
#endif
}

int pipe(int fds[2])
{
	return syscall_result(arch_syscall2(__NR_pipe2, SC(fds), 0));
}
