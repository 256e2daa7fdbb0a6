/*
 * The heap's resident memory follows what the program uses:
 *  - unless CONFIG_MM_HUGEPAGES, the heap's mappings are marked for no
 *    transparent huge pages (VmFlags "nh" in /proc/self/smaps, checked
 *    where the kernel has them), a first small malloc adds less than 1 MiB
 *    to the resident set, and none of the heap is in huge pages while
 *    64 MiB of blocks of several sizes are live, even on a kernel whose
 *    huge pages are set to "always";
 *  - once the blocks are freed, the resident set falls back to within
 *    4 MiB of where it started: at once with CONFIG_MM_RELEASE_IMMEDIATE;
 *    with CONFIG_MM_RELEASE_DEFERRED not at the frees (the memory stays,
 *    counted as pending release) but once the program has gone on to make
 *    CONFIG_MM_RELEASE_DELAY more allocations and frees of large blocks;
 *  - with 32 MiB of 1 MiB holes pending between live blocks, new blocks
 *    that fit no hole grow the resident set by little more than their size
 *    (the idle holes go back instead), and pending memory stays within
 *    MM_DIRTY_MAX_KB or an eighth of what is in use;
 *  - malloc_trim(0) hands back everything free at once.
 * Sizes come from /proc/self/smaps_rollup (Linux 4.14+), which is exact, or
 * else from /proc/self/statm.
 */
#include <bareheap.h>
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

static long pending_kib(void)
{
	struct bareheap_info h;

	bareheap_info(&h);
	return (long)(h.pending >> 10);
}

/* Resident KiB beyond before, printed with what happened. */
static long grown(const char *when, long before)
{
	long now = resident_kib();

	printf("resident %s: %ld KiB above the start, %ld KiB pending release\n",
	       when, now - before, pending_kib());
	CHECK(now > 0);
	return now - before;
}

/* Allocates and frees a large block n times: 2n calls of the page heap,
 * which touch no page that was not resident. */
static void churn(long n)
{
	while (n-- > 0) {
		char *p = malloc(40000);

		CHECK(p != NULL);
		if (!p)
			return;
		p[0] = 1;
		free(p);
	}
}

/* 64 blocks of 1 MiB, the odd ones freed again: 32 MiB pending in holes
 * between live blocks. Then 4 blocks of 2 MiB, which fit no hole. */
static void holes(long before)
{
	static char *mib[64], *two[4];
	const long allowance = (CONFIG_MM_DIRTY_MAX_KB > 40 * 1024 / 8 ?
				CONFIG_MM_DIRTY_MAX_KB : 40 * 1024 / 8);
	int i;

	for (i = 0; i < 64; i++) {
		mib[i] = malloc(1 << 20);
		CHECK(mib[i] != NULL);
		if (mib[i])
			memset(mib[i], 0x5a, 1 << 20);
	}
	for (i = 1; i < 64; i += 2)
		free(mib[i]);
	grown("with 32 MiB live, 32 MiB freed between", before);
	for (i = 0; i < 4; i++) {
		two[i] = malloc(2 << 20);
		CHECK(two[i] != NULL);
		if (two[i])
			memset(two[i], 0x5a, 2 << 20);
	}
	/* 40 MiB live; without handing holes back it would be 72 */
	CHECK(grown("with 8 MiB more live", before) <=
	      40 * 1024 + allowance + 4 * 1024);
	CHECK(pending_kib() <= allowance);
	CHECK_INT(malloc_check(), 0);
	for (i = 0; i < 64; i += 2)
		free(mib[i]);
	for (i = 0; i < 4; i++)
		free(two[i]);
}

int main(void)
{
	static char *blocks[4096];
	static const size_t sizes[] = { 1 << 20, 200000, 40000, 3000, 100 };
	const int advised = !IS_ENABLED(CONFIG_MM_HUGEPAGES);
	const int deferred = IS_ENABLED(CONFIG_MM_RELEASE_DEFERRED);
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
	       "%ld KiB after freeing it\n", before, first, during, huge, after);
	CHECK(first > 0 && during > 0 && after > 0);
	CHECK(during - before >= 60 * 1024);
	if (advised) {
		CHECK(first - before < 1024);
		if (huge >= 0)
			CHECK_INT(huge, 0);
		else
			printf("no AnonHugePages in /proc/self/smaps_rollup: "
			       "huge pages not counted\n");
	}
	if (deferred) {
		/* no system call at the frees: all of it waits, counted */
		CHECK(after - before >= 60 * 1024);
		CHECK(pending_kib() >= 60 * 1024);
		churn(CONFIG_MM_RELEASE_DELAY);
		after = before + grown("after the release delay", before);
	}
	if (advised)
		CHECK(after - before <= 4 * 1024);
	CHECK_INT(malloc_check(), 0);

	holes(before);
	if (deferred)
		CHECK_INT(malloc_trim(0), 1);	/* there was some to hand back */
	else
		malloc_trim(0);
	CHECK(grown("after malloc_trim(0)", before) <= 4 * 1024);
	CHECK_INT(pending_kib(), 0);
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
