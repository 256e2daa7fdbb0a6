/*
 * pathconf and fpathconf, with glibc's answers: most are fixed for Linux;
 * the link limit and the name length depend on the file system.
 */
#include <errno.h>
#include <limits.h>
#include <sys/vfs.h>
#include <unistd.h>

/* Magic numbers of file systems whose link limit is not Linux's 127. */
#define EXT234_MAGIC	0xef53
#define BTRFS_MAGIC	0x9123683e
#define XFS_MAGIC	0x58465342

static long link_max(const struct statfs *s)
{
	switch ((unsigned long)s->f_type & 0xffffffffu) {
	case EXT234_MAGIC:	return 65000;
	case BTRFS_MAGIC:	return 65535;
	case XFS_MAGIC:		return 2147483647;
	}
	return 127;
}

static long answer(const struct statfs *s, int name)
{
	switch (name) {
	case _PC_LINK_MAX:		return link_max(s);
	case _PC_MAX_CANON:		return 255;
	case _PC_MAX_INPUT:		return 255;
	case _PC_NAME_MAX:
		return s->f_namelen ? s->f_namelen : NAME_MAX;
	case _PC_PATH_MAX:		return PATH_MAX;
	case _PC_PIPE_BUF:		return 4096;
	case _PC_CHOWN_RESTRICTED:	return 1;
	case _PC_NO_TRUNC:		return 1;
	case _PC_VDISABLE:		return 0;
	}
	errno = EINVAL;
	return -1;
}

long pathconf(const char *path, int name)
{
	struct statfs s = { 0 };

	/* only these two ask the file system, and so need the path to exist */
	if ((name == _PC_LINK_MAX || name == _PC_NAME_MAX) &&
	    statfs(path, &s) < 0)
		return -1;
	return answer(&s, name);
}

long fpathconf(int fd, int name)
{
	struct statfs s;

	if (fstatfs(fd, &s) < 0)
		return -1;
	return answer(&s, name);
}
