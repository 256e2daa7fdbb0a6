/* Every system-call wrapper: results, error returns and errno. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static void test_io(const char *self)
{
	char buf[16];
	int fd, fds[2];
	off_t end;

	CHECK_INT(write(1, "", 0), 0);
	errno = 0;
	CHECK_INT(write(-1, "x", 1), -1);
	CHECK_INT(errno, EBADF);
	CHECK_INT(read(-1, buf, 1), -1);
	CHECK_INT(errno, EBADF);
	CHECK_INT(open("/surely/not/here", O_RDONLY), -1);
	CHECK_INT(errno, ENOENT);

	fd = open(self, O_RDONLY);
	CHECK(fd >= 0);
	CHECK_INT(read(fd, buf, 4), 4);
	CHECK(memcmp(buf, "\177ELF", 4) == 0);
	end = lseek(fd, 0, SEEK_END);
	CHECK(end > 1024);
	CHECK_INT(lseek(fd, 1, SEEK_SET), 1);
	CHECK_INT(read(fd, buf, 3), 3);
	CHECK(memcmp(buf, "ELF", 3) == 0);
	CHECK_INT(lseek(fd, 0, 42), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(dup2(fd, 20), 20);
	CHECK_INT(lseek(20, 0, SEEK_CUR), 4);
	CHECK_INT(close(20), 0);
	CHECK_INT(close(fd), 0);
	CHECK_INT(close(fd), -1);
	CHECK_INT(errno, EBADF);
	CHECK_INT(lseek(fd, 0, SEEK_SET), -1);
	CHECK_INT(errno, EBADF);

	CHECK_INT(pipe(fds), 0);
	CHECK_INT(write(fds[1], "pipe", 4), 4);
	CHECK_INT(read(fds[0], buf, sizeof(buf)), 4);
	CHECK(memcmp(buf, "pipe", 4) == 0);
	CHECK_INT(lseek(fds[0], 0, SEEK_SET), -1);
	CHECK_INT(errno, ESPIPE);
	close(fds[0]);
	close(fds[1]);
}

static void test_mman(void)
{
	size_t len = 4 * 4096;
	char *p = mmap(0, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK(p != MAP_FAILED);
	if (p == MAP_FAILED)
		return;
	CHECK(((unsigned long)p & 4095) == 0);
	CHECK_INT(p[0] + p[len - 1], 0);
	memset(p, 0x5a, len);
	CHECK_INT(madvise(p, 4096, MADV_DONTNEED), 0);
	CHECK_INT(p[0], 0);		/* given back: reads as zero */
	CHECK_INT(p[4096], 0x5a);	/* neighbours untouched */
	CHECK_INT(madvise(p + 1, 4096, MADV_DONTNEED), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(mprotect(p, 4096, PROT_READ), 0);
	CHECK_INT(mprotect(p + 1, 4096, PROT_READ), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(munmap(p, len), 0);
	CHECK_INT(munmap(p + 1, len), -1);
	CHECK_INT(errno, EINVAL);

	CHECK(mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) ==
	      MAP_FAILED);
	CHECK_INT(errno, EINVAL);
	CHECK(mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 100) ==
	      MAP_FAILED);
	CHECK_INT(errno, EINVAL);
	CHECK(mmap(0, 4096, PROT_READ, MAP_PRIVATE, 999, 0) == MAP_FAILED);
	CHECK_INT(errno, EBADF);
}

static void test_limits(void)
{
	struct rlimit rl, lowered;

	CHECK_INT(getrlimit(RLIMIT_AS, &rl), 0);
	CHECK(rl.rlim_cur <= rl.rlim_max);
	CHECK_INT(getrlimit(RLIMIT_NOFILE, &rl), 0);
	CHECK(rl.rlim_cur >= 20);
	lowered.rlim_cur = 64;
	lowered.rlim_max = rl.rlim_max;
	CHECK_INT(setrlimit(RLIMIT_NOFILE, &lowered), 0);
	CHECK_INT(getrlimit(RLIMIT_NOFILE, &rl), 0);
	CHECK_UINT(rl.rlim_cur, 64);
	CHECK_INT(getrlimit(999, &rl), -1);
	CHECK_INT(errno, EINVAL);
	lowered.rlim_cur = lowered.rlim_max + 1;
	if (lowered.rlim_max != RLIM_INFINITY) {
		CHECK_INT(setrlimit(RLIMIT_NOFILE, &lowered), -1);
		CHECK_INT(errno, EINVAL);
	}
}

static void test_time_and_signals(void)
{
	struct timespec a, b, nap = { 0, 2000000 };
	long long ns;

	CHECK_INT(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	CHECK_INT(nanosleep(&nap, 0), 0);
	CHECK_INT(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	ns = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
	CHECK(ns >= 2000000);
	CHECK(ns < 10000000000LL);
	CHECK_INT(clock_gettime(CLOCK_REALTIME, &a), 0);
	CHECK(a.tv_sec > 1600000000);	/* after September 2020 */
	CHECK(a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
	CHECK_INT(clock_gettime(12345, &a), -1);
	CHECK_INT(errno, EINVAL);
	nap.tv_nsec = 2000000000;
	CHECK_INT(nanosleep(&nap, 0), -1);
	CHECK_INT(errno, EINVAL);

	CHECK(getpid() > 0);
	CHECK_INT(kill(getpid(), 0), 0);
	CHECK_INT(kill(getpid(), 999), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(raise(0), 0);
}

/* syscall() with <sys/syscall.h>'s names, which are the target's numbers */
static void test_generic(void)
{
	CHECK_INT(syscall(SYS_getpid), getpid());
	CHECK_INT(SYS_getpid, __NR_getpid);
	errno = 0;
	CHECK_INT(syscall(SYS_close, -1), -1);
	CHECK_INT(errno, EBADF);
	CHECK_INT(syscall(SYS_write, 1, "", 0), 0);
}

int main(int argc, char **argv)
{
	CHECK(argc >= 1);
	test_io(argv[0]);
	test_mman();
	test_limits();
	test_time_and_signals();
	test_generic();
	return check_done();
}
