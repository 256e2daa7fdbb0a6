/*
 * RLIMIT_AS lowered at run time, below what the heap already holds:
 *   mm_lower [LIMIT]   (a size with K, M, G; default 48M)
 *
 * After the soft limit drops to LIMIT the kernel refuses every new mapping
 * (on i386 the heap's 512 MiB reservation alone is over it), but what the
 * heap holds is still its own: malloc(100) must work, and 256 KiB blocks
 * must be had up to 85% of what the heap held unmapped, or of what the
 * limit leaves, whichever is more. Only each block's first page is
 * touched. The checker must stay clean throughout.
 */
#include <bareheap.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "check.h"

#define BLOCK (256 * 1024)
#define MAX_BLOCKS 20000

static char *blocks[MAX_BLOCKS];

/* What the process holds of address space (/proc/self/statm), or 0. */
static uint64_t vm_size(void)
{
	char buf[128];
	int fd = open("/proc/self/statm", O_RDONLY);
	long n;

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	return strtoull(buf, NULL, 10) * (uint64_t)sysconf(_SC_PAGESIZE);
}

/* Grows the stack now, while the limit allows, so that the calls below
 * need no stack growth the lowered limit would refuse. */
static __attribute__((noinline)) void grow_stack(void)
{
	volatile char pad[256 * 1024];

	pad[0] = pad[sizeof pad - 1] = 1;
}

/* Allocates blocks from *n on until NULL or max. */
static void fill(size_t *n, size_t max)
{
	for (; *n < max; (*n)++) {
		blocks[*n] = malloc(BLOCK);
		if (!blocks[*n])
			break;
		memset(blocks[*n], (int)*n, 64);
	}
}

static uint64_t parse_size(const char *s)
{
	char *end;
	uint64_t v = strtoull(s, &end, 10);

	switch (*end) {
	case 'G': v <<= 10;	/* fall through */
	case 'M': v <<= 10;	/* fall through */
	case 'K': v <<= 10;
	}
	return v;
}

int main(int argc, char **argv)
{
	uint64_t limit = parse_size(argc > 1 ? argv[1] : "48M");
	uint64_t held, room, want, used;
	struct bareheap_info info;
	struct rlimit rl, low;
	size_t n = 0, i, bad = 0;
	void *p;

	CHECK_INT(getrlimit(RLIMIT_AS, &rl), 0);
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur <= limit) {
		printf("mm_lower: RLIMIT_AS is %llu already, not above %llu\n",
		       (unsigned long long)rl.rlim_cur,
		       (unsigned long long)limit);
		return 2;
	}
	free(malloc(100));
	grow_stack();
	bareheap_info(&info);
	used = vm_size();
	held = info.reserved > info.mapped ? info.reserved - info.mapped : 0;
	room = limit > used ? limit - used : 0;
	want = (held > room ? held : room) / 100 * 85;
	printf("mode %s: VmSize %llu, reserved %llu, mapped %zu: "
	       "want %llu bytes under %llu\n", info.mode,
	       (unsigned long long)used, info.reserved, info.mapped,
	       (unsigned long long)want, (unsigned long long)limit);

	low = rl;
	low.rlim_cur = limit;
	CHECK_INT(setrlimit(RLIMIT_AS, &low), 0);
	p = malloc(100);
	CHECK(p != NULL);
	free(p);
	fill(&n, MAX_BLOCKS);
	CHECK(n < MAX_BLOCKS);
	printf("under the lowered limit: %zu blocks, %llu bytes\n", n,
	       (unsigned long long)n * BLOCK);
	CHECK((uint64_t)n * BLOCK >= want);
	CHECK_INT(malloc_check(), 0);

	for (i = 0; i < n; i++) {
		if (blocks[i][0] != (char)i || blocks[i][63] != (char)i)
			bad++;
		free(blocks[i]);
	}
	CHECK_UINT(bad, 0);
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
