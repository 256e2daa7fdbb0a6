/*
 * The heap's resident memory follows what the program uses:
 *  - a first small malloc adds less than 1 MiB to the resident set, even
 *    on a kernel whose transparent huge pages are set to "always";
 *  - unless CONFIG_MM_HUGEPAGES, none of the heap's memory is in huge
 *    pages while 64 MiB of blocks of several sizes are live;
 *  - once they are freed, the resident set falls back to within 4 MiB of
 *    where it started.
 * Resident sizes come from /proc/self/statm, huge pages from
 * /proc/self/smaps_rollup (Linux 4.14+; without it that check is skipped).
 */
#include <fcntl.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "kernel/runtime.h"

/* Reads a /proc file into buf (NUL-terminated): its length, or -1. */
static long read_proc(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	long n, got = 0;

	if (fd < 0)
		return -1;
	while ((n = read(fd, buf + got, size - 1 - got)) > 0)
		got += n;
	close(fd);
	buf[got] = '\0';
	return n < 0 ? -1 : got;
}

static long resident_kib(void)
{
	char buf[128];
	char *p;
	long pages;

	if (read_proc("/proc/self/statm", buf, sizeof(buf)) <= 0)
		return -1;
	p = strchr(buf, ' ');
	pages = p ? atol(p + 1) : -1;
	return pages < 0 ? -1 : pages * (getpagesize() / 1024);
}

/* KiB of the process in transparent huge pages, or -1 when unknown. */
static long huge_kib(void)
{
	char buf[2048];
	char *p;

	if (read_proc("/proc/self/smaps_rollup", buf, sizeof(buf)) <= 0)
		return -1;
	p = strstr(buf, "\nAnonHugePages:");
	return p ? atol(p + strspn(p + 15, " ") + 15) : -1;
}

int main(void)
{
	static char *blocks[4096];
	static const size_t sizes[] = { 1 << 20, 200000, 40000, 3000, 100 };
	size_t total = 0, i = 0;
	long before, first, during, huge, after;
	char *small;

	before = resident_kib();
	CHECK(before > 0);
	small = malloc(100);
	CHECK(small != NULL);
	if (small)
		memset(small, 0x5a, 100);
	first = resident_kib();
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
	huge = huge_kib();
	while (i--)
		free(blocks[i]);
	free(small);
	after = resident_kib();
	printf("resident: %ld KiB before, %ld KiB after malloc(100), "
	       "%ld KiB with 64 MiB live (%ld KiB in huge pages), "
	       "%ld KiB after\n", before, first, during, huge, after);
	CHECK(first - before < 1024);
	CHECK(during - before >= 60 * 1024);
	if (huge < 0)
		printf("no /proc/self/smaps_rollup: huge pages not checked\n");
	else if (!IS_ENABLED(CONFIG_MM_HUGEPAGES))
		CHECK_INT(huge, 0);
	CHECK(after - before <= 4 * 1024);
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
