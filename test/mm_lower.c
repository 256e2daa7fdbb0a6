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
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "check.h"
#include "mm_limits.h"

int main(int argc, char **argv)
{
	uint64_t limit = parse_size(argc > 1 ? argv[1] : "48M");
	uint64_t held, room, want, used;
	struct bareheap_info info;
	struct rlimit rl, low;
	size_t n = 0;
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

	empty(n);
	return check_done();
}
