/*
 * tmpfile: a new file that disappears when closed: an O_TMPFILE file in the
 * temporary directory, or, where the kernel or file system cannot, a file
 * with a unique name that is unlinked at once.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kernel/syscall.h"
#include "lib/stdio/temp.h"
#include "lib/stdio_impl.h"

/* __O_TMPFILE with O_DIRECTORY, whose value differs on arm. */
#define O_TMPFILE_BITS	(020000000 | O_DIRECTORY)

int temp_make_file(const char *path, int flags);

const char *temp_dir(void)
{
	const char *dir = getenv("TMPDIR");

	return dir && *dir ? dir : P_tmpdir;
}

static int open_unnamed(const char *dir)
{
	char path[FILENAME_MAX];
	size_t n = strlen(dir);
	int fd;

	fd = open(dir, O_TMPFILE_BITS | O_RDWR, 0600);
	if (fd >= 0)
		return fd;
	if (n + sizeof "/tmpf.XXXXXX" > sizeof path) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(path, dir, n);
	memcpy(path + n, "/tmpf.XXXXXX", sizeof "/tmpf.XXXXXX");
	fd = temp_open(path, 0, temp_make_file, 0);
	if (fd >= 0)
		arch_syscall3(__NR_unlinkat, AT_FDCWD, SC(path), 0);
	return fd;
}

FILE *tmpfile(void)
{
	int fd = open_unnamed(temp_dir());
	FILE *f;

	if (fd < 0 && strcmp(temp_dir(), P_tmpdir) != 0)
		fd = open_unnamed(P_tmpdir);
	if (fd < 0)
		return NULL;
	f = file_new(fd, F_READ | F_WRITE);
	if (!f)
		close(fd);
	return f;
}
