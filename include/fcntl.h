#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>
#include <sys/stat.h>	/* the S_I* mode bits, as glibc gives them here */

/* Flags for open: the kernel's values, which differ on arm and aarch64
 * for four. */
#define O_ACCMODE	0003
#define O_RDONLY	00
#define O_WRONLY	01
#define O_RDWR		02
#define O_CREAT		0100
#define O_EXCL		0200
#define O_NOCTTY	0400
#define O_TRUNC		01000
#define O_APPEND	02000
#define O_NONBLOCK	04000
#define O_NDELAY	O_NONBLOCK
#define O_DSYNC		010000
#define O_ASYNC		020000
#define FASYNC		O_ASYNC
#if defined(__arm__)
#define O_DIRECTORY	040000
#define O_NOFOLLOW	0100000
#define O_DIRECT	0200000
#define O_LARGEFILE	0400000
#elif defined(__aarch64__)
#define O_DIRECTORY	040000
#define O_NOFOLLOW	0100000
#define O_DIRECT	0200000
#define O_LARGEFILE	0	/* implied on 64-bit targets */
#elif defined(__LP64__)
#define O_DIRECT	040000
#define O_LARGEFILE	0	/* implied on 64-bit targets */
#define O_DIRECTORY	0200000
#define O_NOFOLLOW	0400000
#else
#define O_DIRECT	040000
#define O_LARGEFILE	0100000
#define O_DIRECTORY	0200000
#define O_NOFOLLOW	0400000
#endif
#define O_NOATIME	01000000
#define O_CLOEXEC	02000000
#define O_SYNC		04010000
#define O_RSYNC		O_SYNC
#define O_PATH		010000000
#define O_TMPFILE	(020000000 | O_DIRECTORY)

/* Commands for fcntl. Record locks always use the 64-bit struct flock:
 * on 32-bit targets F_GETLK is the kernel's F_GETLK64. */
#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#if defined(__LP64__)
#define F_GETLK		5
#define F_SETLK		6
#define F_SETLKW	7
#else
#define F_GETLK		12
#define F_SETLK		13
#define F_SETLKW	14
#endif
#define F_GETLK64	F_GETLK
#define F_SETLK64	F_SETLK
#define F_SETLKW64	F_SETLKW
#define F_SETOWN	8
#define F_GETOWN	9
#define F_SETSIG	10
#define F_GETSIG	11
#define F_OFD_GETLK	36
#define F_OFD_SETLK	37
#define F_OFD_SETLKW	38
#define F_SETLEASE	1024
#define F_GETLEASE	1025
#define F_NOTIFY	1026
#define F_DUPFD_CLOEXEC	1030
#define F_SETPIPE_SZ	1031
#define F_GETPIPE_SZ	1032
#define F_ADD_SEALS	1033
#define F_GET_SEALS	1034

#define FD_CLOEXEC	1

#define F_RDLCK		0
#define F_WRLCK		1
#define F_UNLCK		2

struct flock {
	short l_type;
	short l_whence;
	off_t l_start;
	off_t l_len;
	pid_t l_pid;
};
#define flock64		flock

/* For the *at calls. */
#define AT_FDCWD		(-100)
#define AT_SYMLINK_NOFOLLOW	0x100
#define AT_REMOVEDIR		0x200
#define AT_EACCESS		0x200
#define AT_SYMLINK_FOLLOW	0x400
#define AT_NO_AUTOMOUNT		0x800
#define AT_EMPTY_PATH		0x1000

#define POSIX_FADV_NORMAL	0
#define POSIX_FADV_RANDOM	1
#define POSIX_FADV_SEQUENTIAL	2
#define POSIX_FADV_WILLNEED	3
#define POSIX_FADV_DONTNEED	4
#define POSIX_FADV_NOREUSE	5

/* Also in <unistd.h>, as glibc does. */
#ifndef SEEK_SET
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2
#endif

#define open64		open
#define openat64	openat
#define creat64		creat

int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);
int posix_fadvise(int fd, off_t offset, off_t len, int advice);
int posix_fallocate(int fd, off_t offset, off_t len);

#endif
