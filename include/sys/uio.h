#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/types.h>

struct iovec {
	void *iov_base;
	size_t iov_len;
};

#define UIO_MAXIOV	1024

ssize_t readv(int fd, const struct iovec *iov, int n);
ssize_t writev(int fd, const struct iovec *iov, int n);
ssize_t preadv(int fd, const struct iovec *iov, int n, off_t offset);
ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t offset);

#define preadv64	preadv
#define pwritev64	pwritev

#endif
