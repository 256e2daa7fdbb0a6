/*
 * Freed memory leaves the resident set: after 64 MiB of touched blocks of
 * several sizes are freed, the process's resident memory (from
 * /proc/self/statm) falls back to within 4 MiB of where it started.
 */
#include <fcntl.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static long resident_kib(void)
{
	char buf[128];
	int fd = open("/proc/self/statm", O_RDONLY);
	long n, pages;
	char *p;

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = strchr(buf, ' ');
	pages = p ? atol(p + 1) : -1;
	return pages < 0 ? -1 : pages * (getpagesize() / 1024);
}

int main(void)
{
	static char *blocks[4096];
	static const size_t sizes[] = { 1 << 20, 200000, 40000, 3000, 100 };
	size_t total = 0, i = 0;
	long before, during, after;

	before = resident_kib();
	CHECK(before > 0);
	while (total < (64 << 20) && i < 4096) {
		size_t n = sizes[i % 5];

		blocks[i] = malloc(n);
		CHECK(blocks[i] != NULL);
		if (!blocks[i])
			break;
		memset(blocks[i], 0x5a, n);
		total += n;
		i++;
	}
	during = resident_kib();
	while (i--)
		free(blocks[i]);
	after = resident_kib();
	printf("resident: %ld KiB before, %ld KiB with 64 MiB live, %ld KiB after\n",
	       before, during, after);
	CHECK(during - before >= 60 * 1024);
	CHECK(after - before <= 4 * 1024);
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
