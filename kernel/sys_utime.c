/*
 * File times: utimensat and everything older built on it (futimens,
 * utime, utimes, lutimes, futimes). 32-bit targets take 64-bit seconds
 * through utimensat_time64 (Linux 5.1) and 32-bit ones before that.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <utime.h>
#include "kernel/syscall.h"
#include "kernel/kernel_time.h"

int utimensat(int dirfd, const char *path, const struct timespec times[2],
	      int flags)
{
	long ret;

#ifdef __NR_utimensat_time64
	struct kernel_timespec64 k64[2];

	if (times) {
		k64[0] = (struct kernel_timespec64){ times[0].tv_sec,
						     times[0].tv_nsec };
		k64[1] = (struct kernel_timespec64){ times[1].tv_sec,
						     times[1].tv_nsec };
	}
	ret = arch_syscall4(__NR_utimensat_time64, dirfd, SC(path),
			    SC(times ? k64 : 0), flags);
	if (ret != -ENOSYS)
		return syscall_result(ret);
	{
		struct kernel_long_time k[2];

		if (times) {
			k[0] = (struct kernel_long_time){
				(long)times[0].tv_sec, times[0].tv_nsec };
			k[1] = (struct kernel_long_time){
				(long)times[1].tv_sec, times[1].tv_nsec };
		}
		ret = arch_syscall4(__NR_utimensat, dirfd, SC(path),
				    SC(times ? k : 0), flags);
	}
#else
	ret = arch_syscall4(__NR_utimensat, dirfd, SC(path), SC(times), flags);
#endif
	return syscall_result(ret);
}

int futimens(int fd, const struct timespec times[2])
{
	/* a NULL path makes utimensat act on dirfd itself */
	return utimensat(fd, 0, times, 0);
}

static int utimes_at(int fd, const char *path, const struct timeval tv[2],
		     int flags)
{
	struct timespec ts[2];

	if (tv) {
		if (tv[0].tv_usec < 0 || tv[0].tv_usec >= 1000000 ||
		    tv[1].tv_usec < 0 || tv[1].tv_usec >= 1000000) {
			errno = EINVAL;
			return -1;
		}
		ts[0] = (struct timespec){ tv[0].tv_sec, tv[0].tv_usec * 1000 };
		ts[1] = (struct timespec){ tv[1].tv_sec, tv[1].tv_usec * 1000 };
	}
	return utimensat(fd, path, tv ? ts : 0, flags);
}

int utimes(const char *path, const struct timeval times[2])
{
	return utimes_at(AT_FDCWD, path, times, 0);
}

int lutimes(const char *path, const struct timeval times[2])
{
	return utimes_at(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW);
}

int futimes(int fd, const struct timeval times[2])
{
	return utimes_at(fd, 0, times, 0);
}

int utime(const char *path, const struct utimbuf *times)
{
	struct timespec ts[2];

	if (times) {
		ts[0] = (struct timespec){ times->actime, 0 };
		ts[1] = (struct timespec){ times->modtime, 0 };
	}
	return utimensat(AT_FDCWD, path, times ? ts : 0, 0);
}
