/*
 * Descriptors: dup, dup3, pipe2, pread, pwrite, truncate, sync. Offsets
 * are 64-bit everywhere; 32-bit targets pass them as register pairs
 * (kernel/sys_pair.h), arm's aligned to an even register.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "kernel/syscall.h"
#include "kernel/sys_pair.h"

int dup(int fd)
{
	return syscall_result(arch_syscall1(__NR_dup, fd));
}

int dup3(int oldfd, int newfd, int flags)
{
	return syscall_result(arch_syscall3(__NR_dup3, oldfd, newfd, flags));
}

int pipe2(int fds[2], int flags)
{
	return syscall_result(arch_syscall2(__NR_pipe2, SC(fds), flags));
}

ssize_t pread(int fd, void *buf, size_t n, off_t offset)
{
#if defined(__LP64__)
	return syscall_result(arch_syscall4(__NR_pread64, fd, SC(buf), SC(n),
					    SC(offset)));
#elif defined(__arm__)
	return syscall_result(arch_syscall6(__NR_pread64, fd, SC(buf), SC(n),
					    0, PAIR_LO(offset),
					    PAIR_HI(offset)));
#else
	return syscall_result(arch_syscall5(__NR_pread64, fd, SC(buf), SC(n),
					    PAIR_LO(offset),
					    PAIR_HI(offset)));
#endif
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset)
{
#if defined(__LP64__)
	return syscall_result(arch_syscall4(__NR_pwrite64, fd, SC(buf), SC(n),
					    SC(offset)));
#elif defined(__arm__)
	return syscall_result(arch_syscall6(__NR_pwrite64, fd, SC(buf), SC(n),
					    0, PAIR_LO(offset),
					    PAIR_HI(offset)));
#else
	return syscall_result(arch_syscall5(__NR_pwrite64, fd, SC(buf), SC(n),
					    PAIR_LO(offset),
					    PAIR_HI(offset)));
#endif
}

int truncate(const char *path, off_t length)
{
#if defined(__LP64__)
	return syscall_result(arch_syscall2(__NR_truncate, SC(path),
					    SC(length)));
#elif defined(__arm__)
	return syscall_result(arch_syscall4(__NR_truncate64, SC(path), 0,
					    PAIR_LO(length),
					    PAIR_HI(length)));
#else
	return syscall_result(arch_syscall3(__NR_truncate64, SC(path),
					    PAIR_LO(length),
					    PAIR_HI(length)));
#endif
}

int ftruncate(int fd, off_t length)
{
#if defined(__LP64__)
	return syscall_result(arch_syscall2(__NR_ftruncate, fd, SC(length)));
#elif defined(__arm__)
	return syscall_result(arch_syscall4(__NR_ftruncate64, fd, 0,
					    PAIR_LO(length),
					    PAIR_HI(length)));
#else
	return syscall_result(arch_syscall3(__NR_ftruncate64, fd,
					    PAIR_LO(length),
					    PAIR_HI(length)));
#endif
}

int fsync(int fd)
{
	return syscall_result(arch_syscall1(__NR_fsync, fd));
}

int fdatasync(int fd)
{
	return syscall_result(arch_syscall1(__NR_fdatasync, fd));
}

void sync(void)
{
	arch_syscall0(__NR_sync);
}

/* lockf is a whole-file-from-here record lock through fcntl. */
int lockf(int fd, int cmd, off_t len)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_CUR,
			    .l_start = 0, .l_len = len };

	switch (cmd) {
	case F_TEST:
		fl.l_type = F_RDLCK;
		if (fcntl(fd, F_GETLK, &fl) < 0)
			return -1;
		if (fl.l_type == F_UNLCK || fl.l_pid == getpid())
			return 0;
		errno = EACCES;
		return -1;
	case F_ULOCK:
		fl.l_type = F_UNLCK;
		return fcntl(fd, F_SETLK, &fl);
	case F_TLOCK:
		return fcntl(fd, F_SETLK, &fl);
	case F_LOCK:
		return fcntl(fd, F_SETLKW, &fl);
	}
	errno = EINVAL;
	return -1;
}

int syncfs(int fd)
{
	return syscall_result(arch_syscall1(__NR_syncfs, fd));
}
