/* fdopen: a stream on a descriptor the caller already has. */
#include <errno.h>
#include <fcntl.h>
#include "kernel/syscall.h"
#include "lib/stdio_impl.h"

#define F_SETFD_CMD	2
#define F_GETFL_CMD	3
#define F_SETFL_CMD	4
#define CLOEXEC_BIT	1
#define O_ACCMODE_BITS	3

FILE *fdopen(int fd, const char *mode)
{
	int oflags, fflags;
	long fl;

	if (file_mode_flags(mode, &oflags, &fflags) < 0)
		return NULL;
	fl = syscall_result(arch_syscall2(__NR_fcntl, fd, F_GETFL_CMD));
	if (fl < 0)
		return NULL;	/* EBADF */
	/* The descriptor must allow what the mode asks. */
	if (((fflags & F_READ) && (fl & O_ACCMODE_BITS) == O_WRONLY) ||
	    ((fflags & F_WRITE) && (fl & O_ACCMODE_BITS) == O_RDONLY)) {
		errno = EINVAL;
		return NULL;
	}
	if ((fflags & F_APPEND) && !(fl & O_APPEND) &&
	    syscall_result(arch_syscall3(__NR_fcntl, fd, F_SETFL_CMD,
					 fl | O_APPEND)) < 0)
		return NULL;
	if (oflags & O_CLOEXEC)
		arch_syscall3(__NR_fcntl, fd, F_SETFD_CMD, CLOEXEC_BIT);
	return file_new(fd, fflags);
}
