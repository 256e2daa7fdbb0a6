/*
 * The heap's resident memory follows what the program uses:
 *  - unless CONFIG_MM_HUGEPAGES, the heap's mappings are marked for no
 *    transparent huge pages (VmFlags "nh" in /proc/self/smaps, checked
 *    where the kernel has them), a first small malloc adds less than 1 MiB
 *    to the resident set, and none of the heap is in huge pages while
 *    64 MiB of blocks of several sizes are live, even on a kernel whose
 *    huge pages are set to "always";
 *  - once the blocks are freed, the resident set falls back to within
 *    4 MiB of where it started.
 * Sizes come from /proc/self/smaps_rollup (Linux 4.14+), which is exact, or
 * else from /proc/self/statm.
 */
#include <fcntl.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "kernel/runtime.h"

static char text[65536];	/* the /proc file last read */

/* Reads a /proc file into text[] (NUL-terminated): its length, or -1. */
static long read_proc(const char *path)
{
	int fd = open(path, O_RDONLY);
	long n, got = 0;

	if (fd < 0)
		return -1;
	while ((n = read(fd, text + got, sizeof(text) - 1 - got)) > 0)
		got += n;
	close(fd);
	text[got] = '\0';
	return n < 0 ? -1 : got;
}

/* The KiB a "Name:" line of smaps_rollup gives, or -1 when unknown. */
static long rollup_kib(const char *name)
{
	char *p;

	if (read_proc("/proc/self/smaps_rollup") <= 0)
		return -1;
	p = strstr(text, name);
	return p && (p == text || p[-1] == '\n') ? atol(p + strlen(name)) : -1;
}

static long resident_kib(void)
{
	long kib = rollup_kib("Rss:");
	char *p;

	if (kib >= 0 || read_proc("/proc/self/statm") <= 0)
		return kib;
	p = strchr(text, ' ');
	kib = p ? atol(p + 1) : -1;
	return kib < 0 ? -1 : kib * (getpagesize() / 1024);
}

/* Whether the mapping holding addr is marked for no huge pages: 1 or 0,
 * or -1 when smaps has no such mapping. Each mapping is a header line
 * "start-end perms ..." (hex) and field lines, VmFlags last. */
static int marked_no_huge(const void *addr)
{
	uintptr_t a = (uintptr_t)addr, start;
	char *line, *next, *rest;
	int in = 0;

	if (read_proc("/proc/self/smaps") <= 0)
		return -1;
	for (line = text; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (strncmp(line, "VmFlags:", 8) == 0 && in)
			return strstr(line, " nh") != NULL;
		start = strtoul(line, &rest, 16);
		if (rest != line && *rest == '-')
			in = start <= a && a < strtoul(rest + 1, NULL, 16);
	}
	return -1;
}

int main(void)
{
	static char *blocks[4096];
	static const size_t sizes[] = { 1 << 20, 200000, 40000, 3000, 100 };
	const int advised = !IS_ENABLED(CONFIG_MM_HUGEPAGES);
	size_t total = 0, i = 0;
	long before, first, during, huge, after;
	int thp, fd;
	char *small;

	fd = open("/sys/kernel/mm/transparent_hugepage", O_RDONLY);
	thp = fd >= 0;
	if (fd >= 0)
		close(fd);
	before = resident_kib();
	CHECK(before > 0);
	small = malloc(100);
	CHECK(small != NULL);
	if (small)
		memset(small, 0x5a, 100);
	first = resident_kib();
	if (advised && thp)
		CHECK_INT(marked_no_huge(small), 1);
	else if (advised)
		printf("the kernel has no transparent huge pages: "
		       "the heap's advice is not checked\n");
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
	huge = rollup_kib("AnonHugePages:");
	while (i--)
		free(blocks[i]);
	free(small);
	after = resident_kib();
	printf("resident: %ld KiB before, %ld KiB after malloc(100), "
	       "%ld KiB with 64 MiB live (%ld KiB in huge pages), "
	       "%ld KiB after\n", before, first, during, huge, after);
	CHECK(first > 0 && during > 0 && after > 0);
	CHECK(during - before >= 60 * 1024);
	if (advised) {
		CHECK(first - before < 1024);
		if (huge >= 0)
			CHECK_INT(huge, 0);
		else
			printf("no AnonHugePages in /proc/self/smaps_rollup: "
			       "huge pages not counted\n");
		CHECK(after - before <= 4 * 1024);
	}
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
