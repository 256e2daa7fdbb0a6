/*
 * Owners, modes and times of files: chown, chmod, umask, mknod, mkfifo,
 * utimensat. 32-bit targets take 32-bit owners through the *32 calls; the
 * *at calls are 32-bit everywhere.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "kernel/syscall.h"

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	return syscall_result(arch_syscall5(__NR_fchownat, dirfd, SC(path),
					    uid, gid, flags));
}

int chown(const char *path, uid_t uid, gid_t gid)
{
	return fchownat(AT_FDCWD, path, uid, gid, 0);
}

int lchown(const char *path, uid_t uid, gid_t gid)
{
	return fchownat(AT_FDCWD, path, uid, gid, AT_SYMLINK_NOFOLLOW);
}

int fchown(int fd, uid_t uid, gid_t gid)
{
#ifdef __NR_fchown32
	return syscall_result(arch_syscall3(__NR_fchown32, fd, uid, gid));
#else
	return syscall_result(arch_syscall3(__NR_fchown, fd, uid, gid));
#endif
}

int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	long ret;

	if (flags & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	if (flags) {
		/* Linux cannot change a symlink's own mode: refuse those, and
		 * change anything else as it is. */
		struct stat st;

		if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) < 0)
			return -1;
		if (S_ISLNK(st.st_mode)) {
			errno = EOPNOTSUPP;
			return -1;
		}
	}
	ret = arch_syscall3(__NR_fchmodat, dirfd, SC(path), mode);
	return syscall_result(ret);
}

int chmod(const char *path, mode_t mode)
{
	return fchmodat(AT_FDCWD, path, mode, 0);
}

int lchmod(const char *path, mode_t mode)
{
	return fchmodat(AT_FDCWD, path, mode, AT_SYMLINK_NOFOLLOW);
}

int fchmod(int fd, mode_t mode)
{
	return syscall_result(arch_syscall2(__NR_fchmod, fd, mode));
}

mode_t umask(mode_t mask)
{
	return (mode_t)arch_syscall1(__NR_umask, mask & 0777);
}

int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	/* the kernel takes a 32-bit device number */
	if (dev >> 32) {
		errno = EINVAL;
		return -1;
	}
	return syscall_result(arch_syscall4(__NR_mknodat, dirfd, SC(path),
					    mode, SC(dev)));
}

int mknod(const char *path, mode_t mode, dev_t dev)
{
	return mknodat(AT_FDCWD, path, mode, dev);
}

int mkfifoat(int dirfd, const char *path, mode_t mode)
{
	return mknodat(dirfd, path, mode | S_IFIFO, 0);
}

int mkfifo(const char *path, mode_t mode)
{
	return mknodat(AT_FDCWD, path, mode | S_IFIFO, 0);
}
