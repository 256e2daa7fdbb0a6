/*
 * RLIMIT_AS raised at run time: the heap must grow into the new room.
 *   mm_raise run [LOW [HIGH]]    lowers the soft limit to LOW while it runs
 *   mm_raise start [LOW [HIGH]]  executes itself under a soft limit of LOW
 *                                (the hard one as it was), so the heap is
 *                                planned for LOW from start-up
 * (sizes with K, M, G; default 48M and 1G). Then 256 KiB blocks are
 * allocated until malloc returns NULL, the soft limit is raised to HIGH,
 * and the blocks had after it must reach 85% of what HIGH leaves beside
 * what the process holds then. Only each block's first page is touched;
 * every block keeps its contents and the checker stays clean.
 */
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "mm_limits.h"

static int set_soft(uint64_t soft)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_AS, &rl) != 0)
		return -1;
	rl.rlim_cur = soft;
	return setrlimit(RLIMIT_AS, &rl);
}

/* Fills under the low limit, raises it and fills again. */
static int raise_and_fill(uint64_t high)
{
	size_t n = 0, got;
	uint64_t held, want;

	fill(&n, MAX_BLOCKS);
	got = n;
	held = vm_size();
	printf("under the low limit: %zu blocks, VmSize %llu\n", got,
	       (unsigned long long)held);
	CHECK(got > 0);
	CHECK_INT(malloc_check(), 0);
	CHECK_INT(set_soft(high), 0);
	want = high > held ? (high - held) / 100 * 85 : 0;
	CHECK(want > 0);	/* HIGH leaves room beside what is held */
	fill(&n, MAX_BLOCKS);
	CHECK(n < MAX_BLOCKS);
	got = n - got;
	printf("after raising it to %llu: %zu blocks more, %llu bytes "
	       "(want %llu)\n", (unsigned long long)high, got,
	       (unsigned long long)got * BLOCK, (unsigned long long)want);
	CHECK((uint64_t)got * BLOCK >= want);
	CHECK_INT(malloc_check(), 0);
	empty(n);
	return check_done();
}

/* Executes "mm_raise started LOW HIGH" under a soft limit of LOW. */
static int start_low(char **argv, uint64_t low)
{
	char self[4096];
	int status;
	pid_t pid;

	if (readlink("/proc/self/exe", self, sizeof(self) - 1) <= 0)
		snprintf(self, sizeof(self), "%s", argv[0]);
	pid = fork();
	if (pid == 0) {
		char *args[] = { self, "started", argv[2], argv[3], NULL };

		if (set_soft(low) == 0)
			execv(self, args);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid) {
		printf("mm_raise: no child\n");
		return 1;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

int main(int argc, char **argv)
{
	char *args[4] = { argv[0], argc > 1 ? argv[1] : "run",
			  argc > 2 ? argv[2] : "48M",
			  argc > 3 ? argv[3] : "1G" };
	uint64_t low = parse_size(args[2]), high = parse_size(args[3]);
	struct rlimit rl;

	CHECK_INT(getrlimit(RLIMIT_AS, &rl), 0);
	if (low >= high || (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < high)) {
		printf("mm_raise: needs LOW < HIGH <= the hard limit\n");
		return 2;
	}
	if (strcmp(args[1], "start") == 0)
		return start_low(args, low);
	free(malloc(100));
	grow_stack();
	if (strcmp(args[1], "run") == 0)
		CHECK_INT(set_soft(low), 0);
	return raise_and_fill(high);
}
