/* shm_open and shm_unlink: files in /dev/shm, named "/name" or "name". */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* "/dev/shm/name" into path: 0, or -1 with errno for a bad name. */
static int shm_path(char *path, const char *name)
{
	size_t len;

	while (*name == '/')
		name++;
	len = strlen(name);
	if (len == 0 || strchr(name, '/') || strcmp(name, ".") == 0 ||
	    strcmp(name, "..") == 0) {
		errno = EINVAL;
		return -1;
	}
	if (len > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(path, "/dev/shm/", 9);
	memcpy(path + 9, name, len + 1);
	return 0;
}

int shm_open(const char *name, int flags, mode_t mode)
{
	char path[9 + NAME_MAX + 1];

	if (shm_path(path, name) < 0)
		return -1;
	return open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode);
}

int shm_unlink(const char *name)
{
	char path[9 + NAME_MAX + 1];

	if (shm_path(path, name) < 0)
		return -1;
	return unlink(path);
}
