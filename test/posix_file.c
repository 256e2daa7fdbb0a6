/* Files and names: stat, modes, links, truncate and 64-bit offsets,
 * descriptors, locks, times, the working directory. */
#define _GNU_SOURCE	/* pipe2, dup3 under glibc, to check the answers */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>
#include <utime.h>
#include "check.h"

#define BIG	(5LL << 30)	/* past 4 GiB: 64-bit offsets on every target */

static char top[64], p_file[96], p_link[96], p_sym[96], p_dir[96], p_fifo[96];

static void names(void)
{
	snprintf(top, sizeof(top), "/tmp/posix_file.%d", (int)getpid());
	snprintf(p_file, sizeof(p_file), "%s/file", top);
	snprintf(p_link, sizeof(p_link), "%s/link", top);
	snprintf(p_sym, sizeof(p_sym), "%s/sym", top);
	snprintf(p_dir, sizeof(p_dir), "%s/dir", top);
	snprintf(p_fifo, sizeof(p_fifo), "%s/fifo", top);
}

static void test_stat(void)
{
	struct stat st, lst;
	int fd;

	umask(022);
	CHECK_INT(umask(022), 022);
	fd = open(p_file, O_CREAT | O_EXCL | O_RDWR, 0666);
	CHECK(fd >= 0);
	CHECK_INT(write(fd, "hello", 5), 5);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK_INT(st.st_mode & 07777, 0644);
	CHECK_INT(st.st_size, 5);
	CHECK_INT(st.st_nlink, 1);
	CHECK_INT(st.st_uid, getuid());
	CHECK(st.st_ino != 0);
	CHECK(st.st_blksize > 0);
	CHECK(st.st_mtime > 1000000000);
	CHECK(st.st_mtim.tv_nsec >= 0 && st.st_mtim.tv_nsec < 1000000000);
	close(fd);

	errno = 0;
	CHECK_INT(open(p_file, O_CREAT | O_EXCL | O_RDWR, 0666), -1);
	CHECK_INT(errno, EEXIST);
	CHECK_INT(stat(p_file, &lst), 0);
	CHECK_UINT(lst.st_ino, st.st_ino);
	CHECK_UINT(lst.st_dev, st.st_dev);

	CHECK_INT(chmod(p_file, 0600), 0);
	CHECK_INT(stat(p_file, &st), 0);
	CHECK_INT(st.st_mode & 07777, 0600);
	fd = open(p_file, O_RDONLY);
	CHECK_INT(fchmod(fd, 0640), 0);
	CHECK_INT(fstatat(AT_FDCWD, p_file, &st, 0), 0);
	CHECK_INT(st.st_mode & 07777, 0640);
	close(fd);

	errno = 0;
	CHECK_INT(stat("/nonexistent-bareheap/x", &st), -1);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_INT(stat("", &st), -1);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_INT(fstat(-1, &st), -1);
	CHECK_INT(errno, EBADF);
	errno = 0;
	CHECK_INT(fstat(1000, &st), -1);
	CHECK_INT(errno, EBADF);
	errno = 0;
	{
		char below_file[128];

		snprintf(below_file, sizeof(below_file), "%s/x", p_file);
		CHECK_INT(stat(below_file, &st), -1);
		CHECK_INT(errno, ENOTDIR);
	}
	CHECK_INT(stat("/", &st), 0);
	CHECK(S_ISDIR(st.st_mode));
}

static void test_links(void)
{
	struct stat st;
	char buf[128];

	CHECK_INT(link(p_file, p_link), 0);
	CHECK_INT(stat(p_file, &st), 0);
	CHECK_INT(st.st_nlink, 2);
	CHECK_INT(symlink("file", p_sym), 0);
	CHECK_INT(lstat(p_sym, &st), 0);
	CHECK(S_ISLNK(st.st_mode));
	CHECK_INT(st.st_size, 4);
	CHECK_INT(stat(p_sym, &st), 0);
	CHECK(S_ISREG(st.st_mode));
	memset(buf, 'x', sizeof(buf));
	CHECK_INT(readlink(p_sym, buf, sizeof(buf)), 4);
	CHECK(memcmp(buf, "filex", 5) == 0);	/* no terminator added */
	CHECK_INT(readlink(p_sym, buf, 2), 2);
	errno = 0;
	CHECK_INT(readlink(p_file, buf, sizeof(buf)), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(symlink("x", p_sym), -1);
	CHECK_INT(errno, EEXIST);
	errno = 0;
	CHECK_INT(link(p_file, p_link), -1);
	CHECK_INT(errno, EEXIST);
	CHECK_INT(unlink(p_link), 0);
	errno = 0;
	CHECK_INT(unlink(p_link), -1);
	CHECK_INT(errno, ENOENT);

	CHECK_INT(access(p_file, F_OK), 0);
	CHECK_INT(access(p_sym, F_OK), 0);
	CHECK_INT(access(p_file, R_OK | W_OK), 0);
	errno = 0;
	CHECK_INT(access("/nonexistent-bareheap", F_OK), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(faccessat(AT_FDCWD, p_file, R_OK, AT_EACCESS), 0);
	errno = 0;
	CHECK_INT(faccessat(AT_FDCWD, p_file, R_OK, 0x8000), -1);
	CHECK_INT(errno, EINVAL);
}

static void test_dirs(void)
{
	char buf[128], *cwd;
	struct stat st;
	int fd;

	CHECK_INT(mkdir(p_dir, 0755), 0);
	errno = 0;
	CHECK_INT(mkdir(p_dir, 0755), -1);
	CHECK_INT(errno, EEXIST);
	errno = 0;
	CHECK_INT(rmdir(top), -1);
	CHECK_INT(errno, ENOTEMPTY);
	errno = 0;
	CHECK_INT(rmdir(p_file), -1);
	CHECK_INT(errno, ENOTDIR);
	errno = 0;
	CHECK_INT(unlink(p_dir), -1);
	CHECK_INT(errno, EISDIR);

	CHECK_INT(chdir(p_dir), 0);
	CHECK(getcwd(buf, sizeof(buf)) == buf);
	CHECK_STR(buf, p_dir);
	cwd = getcwd(NULL, 0);
	CHECK_STR(cwd, p_dir);
	free(cwd);
	cwd = getcwd(NULL, 200);
	CHECK_STR(cwd, p_dir);
	free(cwd);
	errno = 0;
	CHECK(getcwd(buf, 3) == NULL);
	CHECK_INT(errno, ERANGE);
	errno = 0;
	CHECK(getcwd(NULL, 3) == NULL);
	CHECK_INT(errno, ERANGE);
	errno = 0;
	CHECK(getcwd(buf, 0) == NULL);
	CHECK_INT(errno, EINVAL);

	fd = open(top, O_RDONLY | O_DIRECTORY);
	CHECK_INT(fchdir(fd), 0);
	CHECK_STR(getcwd(buf, sizeof(buf)), top);
	CHECK_INT(mkdirat(fd, "d2", 0700), 0);
	CHECK_INT(fstatat(fd, "d2", &st, 0), 0);
	CHECK(S_ISDIR(st.st_mode));
	CHECK_INT(st.st_mode & 0777, 0700);
	CHECK_INT(unlinkat(fd, "d2", AT_REMOVEDIR), 0);
	CHECK_INT(rmdir("dir"), 0);	/* relative to the new cwd */
	close(fd);
	CHECK_INT(chdir("/"), 0);
	errno = 0;
	CHECK_INT(chdir(p_file), -1);
	CHECK_INT(errno, ENOTDIR);

	CHECK_INT(mkfifo(p_fifo, 0600), 0);
	CHECK_INT(stat(p_fifo, &st), 0);
	CHECK(S_ISFIFO(st.st_mode));
	CHECK_INT(unlink(p_fifo), 0);
}

static void test_big_offsets(void)
{
	struct stat st;
	char buf[8] = { 0 };
	int fd = open(p_file, O_RDWR);

	CHECK(fd >= 0);
	CHECK_INT(ftruncate(fd, BIG), 0);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK_INT(st.st_size, BIG);
	CHECK_INT(pwrite(fd, "tail", 4, BIG - 4), 4);
	CHECK_INT(pread(fd, buf, 4, BIG - 4), 4);
	CHECK_STR(buf, "tail");
	CHECK_INT(pread(fd, buf, 5, 0), 5);
	CHECK(memcmp(buf, "hello", 5) == 0);
	CHECK_INT(lseek(fd, 0, SEEK_CUR), 0);	/* pread leaves the offset */
	CHECK_INT(lseek(fd, 0, SEEK_END), BIG);
	CHECK_INT(lseek(fd, BIG + 10, SEEK_SET), BIG + 10);
	CHECK_INT(truncate(p_file, BIG + 4096), 0);
	CHECK_INT(stat(p_file, &st), 0);
	CHECK_INT(st.st_size, BIG + 4096);
	CHECK_INT(truncate(p_file, 5), 0);
	CHECK_INT(stat(p_file, &st), 0);
	CHECK_INT(st.st_size, 5);
	errno = 0;
	CHECK_INT(ftruncate(fd, -1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(pread(fd, buf, 1, -1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(truncate("/nonexistent-bareheap", 0), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(fsync(fd), 0);
	CHECK_INT(fdatasync(fd), 0);

	/* the advice and allocation calls return the error number itself */
	CHECK_INT(posix_fadvise(fd, BIG, 4096, POSIX_FADV_SEQUENTIAL), 0);
	CHECK_INT(posix_fadvise(fd, 0, 0, 99), EINVAL);
	CHECK_INT(posix_fadvise(-1, 0, 0, POSIX_FADV_NORMAL), EBADF);
	CHECK_INT(posix_fallocate(fd, 0, 4096), 0);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK_INT(st.st_size, 4096);
	CHECK_INT(posix_fallocate(fd, BIG, 16), 0);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK_INT(st.st_size, BIG + 16);
	CHECK_INT(posix_fallocate(fd, 0, 0), EINVAL);
	CHECK_INT(posix_fallocate(-1, 0, 1), EBADF);
	{
		char a[3] = { 0 }, b[4] = { 0 };
		volatile int bad = -1;
		struct iovec out[2] = { { "ab", 2 }, { "cde", 3 } };
		struct iovec in[2] = { { a, 2 }, { b, 3 } };

		CHECK_INT(pwritev(fd, out, 2, BIG + 100), 5);
		CHECK_INT(preadv(fd, in, 2, BIG + 100), 5);
		CHECK_STR(a, "ab");
		CHECK_STR(b, "cde");
		CHECK_INT(pread(fd, b, 3, BIG + 102), 3);
		CHECK_STR(b, "cde");
		CHECK_INT(lseek(fd, 0, SEEK_SET), 0);
		CHECK_INT(readv(fd, in, 2), 5);
		CHECK_STR(a, "he");
		CHECK_STR(b, "llo");
		errno = 0;
		CHECK_INT(writev(fd, out, bad), -1);
		CHECK_INT(errno, EINVAL);
	}
	CHECK_INT(ftruncate(fd, 5), 0);
	close(fd);

	/* an unnamed file in a directory */
	fd = open(top, O_TMPFILE | O_RDWR, 0600);
	if (fd >= 0) {
		CHECK_INT(fstat(fd, &st), 0);
		CHECK(S_ISREG(st.st_mode));
		CHECK_INT(st.st_nlink, 0);
		CHECK_INT(st.st_mode & 0777, 0600);
		close(fd);
	} else {
		CHECK(errno == EOPNOTSUPP || errno == EISDIR);
	}
}

static void test_descriptors(void)
{
	int fds[2], fd, fd2, flags;
	char c;

	CHECK_INT(pipe2(fds, O_CLOEXEC | O_NONBLOCK), 0);
	CHECK_INT(fcntl(fds[0], F_GETFD), FD_CLOEXEC);
	CHECK(fcntl(fds[0], F_GETFL) & O_NONBLOCK);
	errno = 0;
	CHECK_INT(read(fds[0], &c, 1), -1);
	CHECK_INT(errno, EAGAIN);
	CHECK_INT(fcntl(fds[0], F_SETFD, 0), 0);
	CHECK_INT(fcntl(fds[0], F_GETFD), 0);
	flags = fcntl(fds[0], F_GETFL);
	CHECK_INT(fcntl(fds[0], F_SETFL, flags & ~O_NONBLOCK), 0);
	CHECK(!(fcntl(fds[0], F_GETFL) & O_NONBLOCK));
	CHECK_INT(fcntl(fds[0], F_GETFL) & O_ACCMODE, O_RDONLY);
	CHECK_INT(fcntl(fds[1], F_GETFL) & O_ACCMODE, O_WRONLY);

	fd = dup(fds[1]);
	CHECK(fd > fds[1]);
	CHECK_INT(fcntl(fd, F_GETFD), 0);
	CHECK_INT(write(fd, "x", 1), 1);
	CHECK_INT(read(fds[0], &c, 1), 1);
	CHECK_INT(c, 'x');
	fd2 = fcntl(fd, F_DUPFD_CLOEXEC, 50);
	CHECK(fd2 >= 50);
	CHECK_INT(fcntl(fd2, F_GETFD), FD_CLOEXEC);
	CHECK_INT(dup3(fd, fd2, 0), fd2);
	CHECK_INT(fcntl(fd2, F_GETFD), 0);
	errno = 0;
	CHECK_INT(dup3(fd, fd, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(dup2(fd, fd), fd);
	CHECK_INT(fcntl(fd, F_DUPFD, 40) >= 40, 1);
	errno = 0;
	CHECK_INT(dup(-1), -1);
	CHECK_INT(errno, EBADF);
	errno = 0;
	CHECK_INT(fcntl(-1, F_GETFD), -1);
	CHECK_INT(errno, EBADF);
	errno = 0;
	CHECK_INT(fcntl(fds[0], 9999), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(lseek(fds[0], 0, SEEK_CUR), -1);
	CHECK_INT(errno, ESPIPE);
	CHECK_INT(isatty(fds[0]), 0);
	close(fd);
	close(fd2);
	close(fds[0]);
	close(fds[1]);

	CHECK_INT(pipe(fds), 0);
	CHECK_INT(fcntl(fds[0], F_GETFD), 0);
	close(fds[0]);
	close(fds[1]);
}

static void test_locks(void)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET,
			    .l_start = BIG, .l_len = 10 };
	int fd = open(p_file, O_RDWR);

	CHECK_INT(fcntl(fd, F_SETLK, &fl), 0);
	fl.l_type = F_RDLCK;
	fl.l_pid = 12345;
	CHECK_INT(fcntl(fd, F_GETLK, &fl), 0);
	CHECK_INT(fl.l_type, F_UNLCK);	/* our own lock does not conflict */
	fl.l_type = F_UNLCK;
	fl.l_start = BIG;
	CHECK_INT(fcntl(fd, F_SETLK, &fl), 0);
	CHECK_INT(lockf(fd, F_TLOCK, 0), 0);
	CHECK_INT(lockf(fd, F_TEST, 0), 0);
	CHECK_INT(lockf(fd, F_ULOCK, 0), 0);
	errno = 0;
	CHECK_INT(lockf(fd, 99, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(flock(fd, LOCK_EX | LOCK_NB), 0);
	CHECK_INT(flock(fd, LOCK_UN), 0);
	errno = 0;
	CHECK_INT(flock(-1, LOCK_SH), -1);
	CHECK_INT(errno, EBADF);
	close(fd);
}

static void test_times(void)
{
	struct timespec ts[2] = { { 1000000000, 5000 }, { 4102444800LL, 7000 } };
	struct timeval tv[2] = { { 1234567890, 250000 }, { 1234567891, 500000 } };
	struct utimbuf ub = { 1500000000, 1600000000 };
	struct stat st;
	int fd;

	/* 2100-01-01: past 2038, so 64-bit times reach the file system */
	CHECK_INT(utimensat(AT_FDCWD, p_file, ts, 0), 0);
	CHECK_INT(stat(p_file, &st), 0);
	CHECK_INT(st.st_atim.tv_sec, 1000000000);
	CHECK_INT(st.st_atim.tv_nsec, 5000);
	CHECK_INT(st.st_mtime, 4102444800LL);
	CHECK_INT(st.st_mtim.tv_nsec, 7000);
	CHECK_INT(utimes(p_file, tv), 0);
	CHECK_INT(stat(p_file, &st), 0);
	CHECK_INT(st.st_atime, 1234567890);
	CHECK_INT(st.st_atim.tv_nsec, 250000000);
	CHECK_INT(st.st_mtime, 1234567891);
	CHECK_INT(utime(p_file, &ub), 0);
	CHECK_INT(stat(p_file, &st), 0);
	CHECK_INT(st.st_atime, 1500000000);
	CHECK_INT(st.st_mtime, 1600000000);
	CHECK_INT(st.st_mtim.tv_nsec, 0);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_nsec = UTIME_NOW;
	fd = open(p_file, O_RDWR);
	CHECK_INT(futimens(fd, ts), 0);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK_INT(st.st_atime, 1500000000);
	CHECK(st.st_mtime > 1600000000);
	ts[0].tv_nsec = 1000000000;
	errno = 0;
	CHECK_INT(futimens(fd, ts), -1);
	CHECK_INT(errno, EINVAL);
	close(fd);
	CHECK_INT(utime(p_file, NULL), 0);
	errno = 0;
	CHECK_INT(utime("/nonexistent-bareheap", NULL), -1);
	CHECK_INT(errno, ENOENT);
}

static void test_statvfs(void)
{
	struct statvfs v;

	CHECK_INT(statvfs(top, &v), 0);
	CHECK(v.f_bsize > 0);
	CHECK(v.f_namemax == 255);
	errno = 0;
	CHECK_INT(statvfs("/nonexistent-bareheap", &v), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(pathconf(top, _PC_NAME_MAX), 255);
	CHECK_INT(pathconf("/nonexistent-bareheap", _PC_PATH_MAX), 4096);
	errno = 0;
	CHECK_INT(pathconf("/nonexistent-bareheap", _PC_NAME_MAX), -1);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_INT(pathconf(top, 99), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(fpathconf(-1, _PC_PIPE_BUF), -1);
	CHECK_INT(errno, EBADF);
	CHECK_INT(fpathconf(1, _PC_PIPE_BUF), 4096);
}

int main(void)
{
	names();
	CHECK_INT(mkdir(top, 0755), 0);
	test_stat();
	test_links();
	test_dirs();
	test_big_offsets();
	test_descriptors();
	test_locks();
	test_times();
	test_statvfs();
	CHECK_INT(unlink(p_sym), 0);
	CHECK_INT(unlink(p_file), 0);
	CHECK_INT(rmdir(top), 0);
	return check_done();
}
