/* opendir, fdopendir, closedir, dirfd. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lib/posix/dir.h"

DIR *dir_new(int fd)
{
	DIR *dir = malloc(sizeof(*dir));

	if (!dir)
		return NULL;
	dir->fd = fd;
	dir->pos = dir->len = 0;
	dir->where = 0;
	dir->tells = NULL;
	dir->ntells = 0;
	return dir;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *dir;

	if (fd < 0)
		return NULL;
	dir = dir_new(fd);
	if (!dir) {
		close(fd);
		errno = ENOMEM;
	}
	return dir;
}

DIR *fdopendir(int fd)
{
	struct stat st;
	int flags = fcntl(fd, F_GETFL);

	if (flags < 0)
		return NULL;
	if ((flags & O_ACCMODE) == O_WRONLY || (flags & O_PATH)) {
		errno = (flags & O_PATH) ? EBADF : EINVAL;
		return NULL;
	}
	if (fstat(fd, &st) < 0)
		return NULL;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return NULL;
	}
	return dir_new(fd);
}

int closedir(DIR *dir)
{
	int ret;

	if (!dir) {
		errno = EINVAL;
		return -1;
	}
	ret = close(dir->fd);
	free(dir->tells);
	free(dir);
	return ret;
}

int dirfd(DIR *dir)
{
	if (!dir) {
		errno = EINVAL;
		return -1;
	}
	return dir->fd;
}
