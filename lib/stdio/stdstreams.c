/*
 * stdin, stdout and stderr, and the list of open streams they start.
 * stdout is line-buffered on a terminal and fully buffered otherwise, stdin
 * the same (its buffer is allocated at the first read), stderr unbuffered.
 */
#include "lib/stdio_impl.h"

static unsigned char stdout_buf[4096];

static struct bh_file stdin_file = {
	.fd = 0,
	.mode = BH_AUTOBUFFERED,
	.flags = F_READ,
	.read = fd_read,
	.write = fd_write,
	.seek = fd_seek,
	.close = fd_close,
};

static struct bh_file stderr_file = {
	.fd = 2,
	.mode = BH_UNBUFFERED,
	.flags = F_WRITE,
	.read = fd_read,
	.write = fd_write,
	.seek = fd_seek,
	.close = fd_close,
	.next = &stdin_file,
};

static struct bh_file stdout_file = {
	.fd = 1,
	.mode = BH_AUTOBUFFERED,
	.flags = F_WRITE,
	.buf = stdout_buf,
	.size = sizeof stdout_buf,
	.read = fd_read,
	.write = fd_write,
	.seek = fd_seek,
	.close = fd_close,
	.next = &stderr_file,
};

FILE *const stdin = &stdin_file;
FILE *const stdout = &stdout_file;
FILE *const stderr = &stderr_file;

struct bh_file *open_files = &stdout_file;
