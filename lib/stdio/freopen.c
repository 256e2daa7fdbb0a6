/*
 * freopen: point a stream at another file (or, with no path, change the
 * mode of the descriptor it has), keeping the descriptor's number, so that
 * stdin, stdout and stderr stay 0, 1 and 2.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "kernel/syscall.h"
#include "lib/stdio_impl.h"

#define F_SETFD_CMD	2
#define F_GETFL_CMD	3
#define F_SETFL_CMD	4
#define ACCMODE		3

/* With no path and no /proc: the same descriptor, if it allows the mode. */
static int reuse_fd(int fd, int oflags, int fflags)
{
	long fl = syscall_result(arch_syscall2(__NR_fcntl, fd, F_GETFL_CMD));

	if (fl < 0)
		return -1;
	if (((fflags & F_READ) && (fl & ACCMODE) == O_WRONLY) ||
	    ((fflags & F_WRITE) && (fl & ACCMODE) == O_RDONLY)) {
		errno = EBADF;
		return -1;
	}
	fl = (fl & ~O_APPEND) | (oflags & O_APPEND);
	if (syscall_result(arch_syscall3(__NR_fcntl, fd, F_SETFL_CMD, fl)) < 0)
		return -1;
	arch_syscall3(__NR_fcntl, fd, F_SETFD_CMD, oflags & O_CLOEXEC ? 1 : 0);
	return fd;
}

/* With a path: a new descriptor, moved to the old one's number. */
static int open_at_number(const char *path, int oflags, int fflags, int old)
{
	int fd = open(path, oflags, 0666);

	if (fd < 0)
		return -1;
	if ((fflags & (F_APPEND | F_READ)) == F_APPEND)
		lseek(fd, 0, SEEK_END);
	if (old >= 0 && fd != old &&
	    !syscall_failed(arch_syscall3(__NR_dup3, fd, old,
					  oflags & O_CLOEXEC))) {
		close(fd);
		fd = old;
	}
	return fd;
}

static FILE *give_up(FILE *f)
{
	int saved = errno;

	file_close(f);
	if (f->flags & F_FREE)
		free(f);
	errno = saved;
	return NULL;
}

FILE *freopen(const char *restrict path, const char *restrict mode,
	      FILE *restrict f)
{
	int oflags, fflags, fd, old = f->fd;
	int unbuffered = f->mode == BH_UNBUFFERED;
	unsigned char *buf = f->flags & F_FREEBUF ? NULL : f->buf;
	size_t size = f->size;

	fflush(f);
	if (file_mode_flags(mode, &oflags, &fflags) < 0)
		return give_up(f);
	if (!path && old >= 0) {
		/* As glibc: the same file opened anew, through /proc. */
		char proc[32];

		snprintf(proc, sizeof proc, "/proc/self/fd/%d", old);
		fd = open_at_number(proc, oflags & ~O_EXCL, fflags, old);
		if (fd < 0 && reuse_fd(old, oflags, fflags) < 0)
			return give_up(f);
		f->close = NULL;	/* the descriptor stays (or is replaced) */
		file_close(f);
		if (fd < 0)
			fd = old;
	} else if (!path) {
		errno = EBADF;
		return give_up(f);
	} else {
		file_close(f);
		fd = open_at_number(path, oflags, fflags, old);
		if (fd < 0)
			return give_up(f);
	}
	f->fd = fd;
	f->flags = (f->flags & F_FREE) | fflags;
	f->mode = unbuffered ? BH_UNBUFFERED : BH_AUTOBUFFERED;
	if (!unbuffered && !buf && (buf = malloc(BUFSIZ))) {
		size = BUFSIZ;
		f->flags |= F_FREEBUF;
	}
	f->buf = unbuffered ? NULL : buf;
	f->size = f->buf ? size : 0;
	f->read = fd_read;
	f->write = fd_write;
	f->seek = fd_seek;
	f->close = fd_close;
	f->cookie = NULL;
	f->pid = 0;
	f->next = open_files;
	open_files = f;
	return f;
}
