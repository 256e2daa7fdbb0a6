/* readdir and readdir_r: one getdents64 buffer at a time. */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include "lib/posix/dir.h"

struct dirent *readdir(DIR *dir)
{
	struct dirent *ent;

	if (!dir) {
		errno = EBADF;
		return NULL;
	}
	if (dir->pos >= dir->len) {
		ssize_t n = getdents64(dir->fd, dir->buf, DIR_BUF_SIZE);

		if (n <= 0)
			return NULL;	/* the end, or an error */
		dir->len = (size_t)n;
		dir->pos = 0;
	}
	ent = (struct dirent *)(dir->buf + dir->pos);
	dir->pos += ent->d_reclen;
	dir->where = ent->d_off;
	return ent;
}

int readdir_r(DIR *dir, struct dirent *entry, struct dirent **result)
{
	int saved = errno;
	struct dirent *ent;
	size_t n;

	errno = 0;
	ent = readdir(dir);
	if (!ent) {
		int err = errno;

		errno = saved;
		*result = NULL;
		return err;
	}
	errno = saved;
	n = ent->d_reclen < sizeof(*entry) ? ent->d_reclen : sizeof(*entry);
	memcpy(entry, ent, n);
	*result = entry;
	return 0;
}
