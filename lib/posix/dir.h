/* The directory stream behind DIR (lib/posix/), not a public header. */
#ifndef LIB_POSIX_DIR_H
#define LIB_POSIX_DIR_H

#include <dirent.h>
#include <stddef.h>

#define DIR_BUF_SIZE	32768

/*
 * One getdents64 buffer of records; readdir returns pointers into it. The
 * buffer has room for one whole struct dirent past its end, so that a
 * program copying a short last record as a struct reads only memory of its
 * own.
 *
 * telldir returns a record's d_off where it fits in a long; on 32-bit
 * targets larger ones (64-bit directory hashes) are kept in tells[], and
 * telldir returns the cookie -2 - index.
 */
struct __dirstream {
	int fd;
	size_t pos;		/* next record in buf */
	size_t len;		/* bytes of records in buf */
	off_t where;		/* d_off of the last record read, or 0 */
	off_t *tells;
	size_t ntells;
	_Alignas(8) char buf[DIR_BUF_SIZE + sizeof(struct dirent)];
};

/* A stream over fd, or NULL with errno ENOMEM. */
DIR *dir_new(int fd);

#endif
