/*
 * File status: fstatat and the calls built on it. statx (Linux 4.11) gives
 * 64-bit times on every target; older kernels get the target's own call,
 * fstatat64 on 32-bit targets and newfstatat on 64-bit ones.
 */
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include "kernel/syscall.h"

#define STATX_BASIC_STATS	0x7ffu

struct statx_time {
	int64_t sec;
	uint32_t nsec;
	int32_t reserved;
};

struct statx {
	uint32_t mask, blksize;
	uint64_t attributes;
	uint32_t nlink, uid, gid;
	uint16_t mode, spare0;
	uint64_t ino, size, blocks, attributes_mask;
	struct statx_time atime, btime, ctime, mtime;
	uint32_t rdev_major, rdev_minor, dev_major, dev_minor;
	uint64_t spare[14];
};
_Static_assert(sizeof(struct statx) == 256, "statx is 256 bytes");

/* The older calls' structures, as the kernel lays them out. */
#if defined(__x86_64__)
#define NR_OLD_FSTATAT __NR_newfstatat
struct kernel_stat {
	unsigned long dev, ino, nlink;
	unsigned int mode, uid, gid, pad0;
	unsigned long rdev;
	long size, blksize, blocks;
	unsigned long atime, atime_nsec, mtime, mtime_nsec, ctime, ctime_nsec;
	long unused[3];
};
#elif defined(__LP64__)
#define NR_OLD_FSTATAT __NR_newfstatat	/* the generic table's layout */
struct kernel_stat {
	unsigned long dev, ino;
	unsigned int mode, nlink, uid, gid;
	unsigned long rdev, pad1;
	long size;
	int blksize, pad2;
	long blocks;
	unsigned long atime, atime_nsec, mtime, mtime_nsec, ctime, ctime_nsec;
	unsigned int unused[2];
};
#else
#define NR_OLD_FSTATAT __NR_fstatat64
struct kernel_stat {
	unsigned long long dev;
	unsigned char pad0[4];
	unsigned long ino32;
	unsigned int mode, nlink;
	unsigned long uid, gid;
	unsigned long long rdev;
	unsigned char pad3[4];
	long long size;
	unsigned long blksize;
	unsigned long long blocks;
	unsigned long atime, atime_nsec, mtime, mtime_nsec, ctime, ctime_nsec;
	unsigned long long ino;
};
#endif

/* The layouts as the kernel's UAPI headers give them. */
#if defined(__x86_64__)
_Static_assert(sizeof(struct kernel_stat) == 144, "x86_64 struct stat");
#elif defined(__LP64__)
_Static_assert(sizeof(struct kernel_stat) == 128 &&
	       offsetof(struct kernel_stat, size) == 48, "generic struct stat");
#elif defined(__arm__)
_Static_assert(sizeof(struct kernel_stat) == 104 &&
	       offsetof(struct kernel_stat, size) == 48, "arm struct stat64");
#else
_Static_assert(sizeof(struct kernel_stat) == 96 &&
	       offsetof(struct kernel_stat, size) == 44, "i386 struct stat64");
#endif

static void from_statx(struct stat *st, const struct statx *x)
{
	*st = (struct stat){
		.st_dev = makedev(x->dev_major, x->dev_minor),
		.st_ino = x->ino,
		.st_mode = x->mode,
		.st_nlink = x->nlink,
		.st_uid = x->uid,
		.st_gid = x->gid,
		.st_rdev = makedev(x->rdev_major, x->rdev_minor),
		.st_size = (off_t)x->size,
		.st_blksize = x->blksize,
		.st_blocks = (blkcnt_t)x->blocks,
		.st_atim = { x->atime.sec, x->atime.nsec },
		.st_mtim = { x->mtime.sec, x->mtime.nsec },
		.st_ctim = { x->ctime.sec, x->ctime.nsec },
	};
}

static void from_kernel_stat(struct stat *st, const struct kernel_stat *k)
{
	*st = (struct stat){
		.st_dev = k->dev,
		.st_ino = k->ino,
		.st_mode = k->mode,
		.st_nlink = k->nlink,
		.st_uid = k->uid,
		.st_gid = k->gid,
		.st_rdev = k->rdev,
		.st_size = k->size,
		.st_blksize = (blksize_t)k->blksize,
		.st_blocks = (blkcnt_t)k->blocks,
		.st_atim = { (time_t)k->atime, (long)k->atime_nsec },
		.st_mtim = { (time_t)k->mtime, (long)k->mtime_nsec },
		.st_ctim = { (time_t)k->ctime, (long)k->ctime_nsec },
	};
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	struct statx x;
	struct kernel_stat k;
	long ret;

	ret = arch_syscall5(__NR_statx, dirfd, SC(path), flags,
			    STATX_BASIC_STATS, SC(&x));
	if (ret == 0) {
		from_statx(st, &x);
		return 0;
	}
	if (ret != -ENOSYS)
		return syscall_result(ret);
	ret = arch_syscall4(NR_OLD_FSTATAT, dirfd, SC(path), SC(&k), flags);
	if (syscall_result(ret) < 0)
		return -1;
	from_kernel_stat(st, &k);
	return 0;
}

int stat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, 0);
}

int lstat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

int fstat(int fd, struct stat *st)
{
	/* statx reads fd < 0 with AT_EMPTY_PATH as AT_FDCWD or EBADF depending
	 * on the kernel: a bad descriptor is EBADF, as glibc says. */
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	return fstatat(fd, "", st, AT_EMPTY_PATH);
}
