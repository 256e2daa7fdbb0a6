/* The address-space calls beyond the heap's: mremap, msync, mlock,
 * mincore, posix_madvise, memfd_create, shm_open; and getlogin. */
#define _GNU_SOURCE	/* mremap and memfd_create under glibc */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static void test_remap(void)
{
	size_t page = (size_t)getpagesize();
	unsigned char vec[4];
	char *p, *q;

	p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(p != MAP_FAILED);
	p[0] = 'a';
	p[page] = 'b';
	CHECK_INT(mincore(p, 2 * page, vec), 0);
	CHECK_INT(vec[0] & 1, 1);
	q = mremap(p, 2 * page, 4 * page, MREMAP_MAYMOVE);
	CHECK(q != MAP_FAILED);
	CHECK_INT(q[0], 'a');
	CHECK_INT(q[page], 'b');
	q[3 * page] = 'c';
	errno = 0;
	CHECK(mremap(q, 4 * page, 8 * page, 0) == MAP_FAILED ||
	      q[3 * page] == 'c');
	CHECK_INT(msync(q, page, MS_SYNC), 0);
	errno = 0;
	CHECK_INT(msync(q + 1, page, MS_SYNC), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(posix_madvise(q, page, POSIX_MADV_DONTNEED), 0);
	CHECK_INT(q[0], 'a');		/* only advice: the data stays */
	CHECK_INT(posix_madvise(q, page, POSIX_MADV_WILLNEED), 0);
	errno = 0;
	CHECK_INT(mincore(q + 1, page, vec), -1);
	CHECK_INT(errno, EINVAL);
	if (mlock(q, page) == 0)
		CHECK_INT(munlock(q, page), 0);
	else
		CHECK(errno == EPERM || errno == ENOMEM || errno == EAGAIN);
	CHECK_INT(munmap(q, 4 * page), 0);
	/* (qemu-user accepts any advice and answers mremap its own way: no
	 * checks of those errors here) */
}

static void test_memfd_shm(void)
{
	char name[64], buf[8] = { 0 };
	struct stat st;
	int fd;

	fd = memfd_create("posix-mman", MFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_INT(write(fd, "memfd", 5), 5);
	CHECK_INT(pread(fd, buf, 5, 0), 5);
	CHECK_STR(buf, "memfd");
	close(fd);
	errno = 0;
	CHECK_INT(memfd_create("x", 0x1000), -1);
	CHECK_INT(errno, EINVAL);

	errno = 0;
	CHECK_INT(shm_open("a/b", O_RDWR | O_CREAT, 0600), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(shm_open("/", O_RDWR | O_CREAT, 0600), -1);
	CHECK_INT(errno, EINVAL);
	if (stat("/dev/shm", &st) < 0)
		return;		/* a /dev without it (booted test kernels) */
	snprintf(name, sizeof(name), "/posix_mman.%d", (int)getpid());
	fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0);
	CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_INT(ftruncate(fd, 100), 0);
	close(fd);
	fd = shm_open(name, O_RDONLY, 0);
	CHECK(fd >= 0);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK_INT(st.st_size, 100);
	close(fd);
	CHECK_INT(shm_unlink(name), 0);
	errno = 0;
	CHECK_INT(shm_unlink(name), -1);
	CHECK_INT(errno, ENOENT);
}

static void test_getlogin(void)
{
	char buf[64];
	int err = getlogin_r(buf, sizeof(buf));
	int fd = open("/proc/self/loginuid", O_RDONLY);
	char uid[16] = "";

	if (fd >= 0) {
		CHECK(read(fd, uid, sizeof(uid) - 1) >= 0);
		close(fd);
	}
	if (fd < 0 || strcmp(uid, "4294967295") == 0) {
		CHECK_INT(err, ENXIO);
		errno = 0;
		CHECK(getlogin() == NULL);
		CHECK_INT(errno, ENXIO);
	} else {
		CHECK(err == 0 || err == ENOENT);
	}
}

int main(void)
{
	test_remap();
	test_memfd_shm();
	test_getlogin();
	return check_done();
}
