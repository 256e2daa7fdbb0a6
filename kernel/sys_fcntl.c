/*
 * fcntl, flock, creat, posix_fadvise. struct flock is the 64-bit one on every
 * target, so 32-bit targets go through fcntl64, whose F_GETLK64 numbers
 * <fcntl.h> uses as F_GETLK.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "kernel/syscall.h"

#ifdef __NR_fcntl64
#define NR_FCNTL __NR_fcntl64
#else
#define NR_FCNTL __NR_fcntl
#endif

#define F_GETOWN_EX	16
#define F_OWNER_PGRP	2

struct f_owner_ex {
	int type;
	pid_t pid;
};

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);	/* an int or a pointer: both fit */
	va_end(ap);
	if (cmd == F_GETOWN) {
		/* A process group's owner is negative, which F_GETOWN could
		 * not tell from an error. */
		struct f_owner_ex owner;
		long ret = arch_syscall3(NR_FCNTL, fd, F_GETOWN_EX,
					 SC(&owner));

		if (ret != -EINVAL)
			return syscall_result(ret) < 0 ? -1 :
				owner.type == F_OWNER_PGRP ? -owner.pid :
				owner.pid;
	}
	return syscall_result(arch_syscall3(NR_FCNTL, fd, cmd, arg));
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

/* Returns the error number itself, as POSIX says, and leaves errno. */
int posix_fadvise(int fd, off_t offset, off_t len, int advice)
{
	long ret;

#if defined(__LP64__)
	ret = arch_syscall4(__NR_fadvise64, fd, SC(offset), SC(len), advice);
#elif defined(__arm__)
	/* the advice comes second so that the 64-bit pairs start even */
	ret = arch_syscall6(__NR_arm_fadvise64_64, fd, advice,
			    SC(offset & 0xffffffff), SC(offset >> 32),
			    SC(len & 0xffffffff), SC(len >> 32));
#else
	ret = arch_syscall6(__NR_fadvise64_64, fd,
			    SC(offset & 0xffffffff), SC(offset >> 32),
			    SC(len & 0xffffffff), SC(len >> 32), advice);
#endif
	return syscall_failed(ret) ? (int)-ret : 0;
}

/*
 * Where the file system has no fallocate (EOPNOTSUPP: ramfs, UML's root),
 * the blocks are allocated by writing: one byte in each block of the range
 * and its last byte, each the byte already there, or 0 past the end.
 */
static int fallocate_by_writing(int fd, off_t offset, off_t len)
{
	off_t last = offset + len - 1, pos = offset;
	struct stat st;
	int flags = fcntl(fd, F_GETFL);
	unsigned char c;
	long step;

	if (flags < 0 || (flags & O_APPEND))
		return EBADF;	/* pwrite would append */
	if (fstat(fd, &st) != 0)
		return EBADF;
	if (S_ISFIFO(st.st_mode))
		return ESPIPE;
	if (!S_ISREG(st.st_mode))
		return ENODEV;
	step = st.st_blksize > 0 ? st.st_blksize : 4096;
	for (;;) {
		if (pos > last)
			pos = last;
		c = 0;
		if (pread(fd, &c, 1, pos) < 0 || pwrite(fd, &c, 1, pos) != 1)
			return errno;
		if (pos == last)
			return 0;
		pos += step - pos % step;	/* the next block's start */
	}
}

int posix_fallocate(int fd, off_t offset, off_t len)
{
	long ret;

	if (offset < 0 || len <= 0)
		return EINVAL;
	if (offset > INT64_MAX - len)
		return EFBIG;
#if defined(__LP64__)
	ret = arch_syscall4(__NR_fallocate, fd, 0, SC(offset), SC(len));
#else
	/* fd, mode, then the two 64-bit values in pairs: even on arm too */
	ret = arch_syscall6(__NR_fallocate, fd, 0,
			    SC(offset & 0xffffffff), SC(offset >> 32),
			    SC(len & 0xffffffff), SC(len >> 32));
#endif
	if (ret == -EOPNOTSUPP)
		return fallocate_by_writing(fd, offset, len);
	return syscall_failed(ret) ? (int)-ret : 0;
}

int flock(int fd, int operation)
{
	return syscall_result(arch_syscall2(__NR_flock, fd, operation));
}
