/*
 * File-system status: statfs, fstatfs, and statvfs made from them. 32-bit
 * targets use statfs64, whose structure is packed to 4-byte alignment on
 * both x86 and arm; x86_64's plain statfs is all longs.
 */
#include <string.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include "kernel/syscall.h"

#ifdef __NR_statfs64
struct kernel_statfs {
	unsigned int type, bsize;
	unsigned long long blocks, bfree, bavail, files, ffree;
	int fsid[2];
	unsigned int namelen, frsize, flags, spare[4];
} __attribute__((packed, aligned(4)));
#define STATFS_CALL(nr, what, k) \
	arch_syscall3(nr##64, SC(what), sizeof(k), SC(&(k)))
#else
struct kernel_statfs {
	long type, bsize, blocks, bfree, bavail, files, ffree;
	int fsid[2];
	long namelen, frsize, flags, spare[4];
};
#define STATFS_CALL(nr, what, k) arch_syscall2(nr, SC(what), SC(&(k)))
#endif

_Static_assert(sizeof(struct kernel_statfs) == (sizeof(long) == 8 ? 120 : 84),
	       "the kernel's struct statfs or statfs64");

#define ST_VALID	0x20	/* the kernel's "f_flags is filled in" */

static int from_kernel(struct statfs *buf, const struct kernel_statfs *k,
		       long ret)
{
	if (syscall_result(ret) < 0)
		return -1;
	memset(buf, 0, sizeof(*buf));
	buf->f_type = k->type;
	buf->f_bsize = k->bsize;
	buf->f_blocks = k->blocks;
	buf->f_bfree = k->bfree;
	buf->f_bavail = k->bavail;
	buf->f_files = k->files;
	buf->f_ffree = k->ffree;
	buf->f_fsid.__val[0] = k->fsid[0];
	buf->f_fsid.__val[1] = k->fsid[1];
	buf->f_namelen = k->namelen;
	buf->f_frsize = k->frsize;
	buf->f_flags = k->flags;
	return 0;
}

int statfs(const char *path, struct statfs *buf)
{
	struct kernel_statfs k;

	return from_kernel(buf, &k, STATFS_CALL(__NR_statfs, path, k));
}

int fstatfs(int fd, struct statfs *buf)
{
	struct kernel_statfs k;

	return from_kernel(buf, &k, STATFS_CALL(__NR_fstatfs, fd, k));
}

static void to_statvfs(struct statvfs *v, const struct statfs *s)
{
	memset(v, 0, sizeof(*v));
	v->f_bsize = (unsigned long)s->f_bsize;
	v->f_frsize = (unsigned long)(s->f_frsize ? s->f_frsize : s->f_bsize);
	v->f_blocks = s->f_blocks;
	v->f_bfree = s->f_bfree;
	v->f_bavail = s->f_bavail;
	v->f_files = s->f_files;
	v->f_ffree = s->f_ffree;
	v->f_favail = s->f_ffree;
	v->f_fsid = (unsigned int)s->f_fsid.__val[0];
	if (sizeof(long) == 8)	/* the second word goes above, as glibc */
		v->f_fsid |= (unsigned long)((unsigned long long)
			     (unsigned int)s->f_fsid.__val[1] << 32);
	v->f_flag = (unsigned long)s->f_flags & ~(unsigned long)ST_VALID;
	v->f_namemax = (unsigned long)s->f_namelen;
}

int statvfs(const char *path, struct statvfs *buf)
{
	struct statfs s;

	if (statfs(path, &s) < 0)
		return -1;
	to_statvfs(buf, &s);
	return 0;
}

int fstatvfs(int fd, struct statvfs *buf)
{
	struct statfs s;

	if (fstatfs(fd, &s) < 0)
		return -1;
	to_statvfs(buf, &s);
	return 0;
}
