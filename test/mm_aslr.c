/*
 * Where the heap lies, run after run: mm_aslr executes itself RUNS times
 * as "mm_aslr child", which reports its arena's mode, base and layout and
 * the addresses of a small and a large block, then RUNS times again with
 * ADDR_NO_RANDOMIZE set before the exec, as setarch -R does.
 *   random  (CONFIG_MM_ASLR, as started) every run says "random"; the
 *           bases and both blocks differ between runs, at most one pair
 *           alike; a high base lies page-aligned in [hint, hint * 3 / 2)
 *   fixed   (ADDR_NO_RANDOMIZE, or CONFIG_MM_ASLR off in both sets) every
 *           run says why, and all runs are alike; a high base is the hint
 * A low base is compared by its distance from the program break (which the
 * kernel moves on its own) rounded up to a MiB: the fixed layout keeps it.
 */
#include <bareheap.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "mm/heap.h"

#define RUNS 4

struct layout {
	char mode[16], why[32];
	unsigned long base, brk, small, large;
};

static char self[4096];

static int child(void)
{
	struct bareheap_info h;
	void *small = malloc(100), *large = malloc(1 << 20);

	bareheap_info(&h);
	printf("%s %#lx %#lx %#lx %#lx %s\n", h.mode, h.base,
	       (unsigned long)sbrk(0), (unsigned long)small,
	       (unsigned long)large, h.layout);
	return small && large ? 0 : 1;
}

/* Runs the child, with ADDR_NO_RANDOMIZE if fixed, and reads its report:
 * 0, or -1 (with a message) when it could not be had. */
static int run(int fixed, struct layout *l)
{
	char buf[256];
	int fd[2], status;
	ssize_t n = 0, got;
	pid_t pid;

	if (pipe(fd) != 0 || (pid = fork()) < 0) {
		printf("mm_aslr: no pipe or fork\n");
		return -1;
	}
	if (pid == 0) {
		char *argv[] = { self, "child", NULL };

		dup2(fd[1], 1);
		close(fd[0]);
		if (fixed)
			personality((unsigned long)personality(0xffffffff) |
				    ADDR_NO_RANDOMIZE);
		execv(self, argv);
		_exit(127);
	}
	close(fd[1]);
	while (n < (ssize_t)sizeof(buf) - 1 &&
	       (got = read(fd[0], buf + n, sizeof(buf) - 1 - n)) > 0)
		n += got;
	buf[n] = '\0';
	close(fd[0]);
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0 ||
	    sscanf(buf, "%15s %lx %lx %lx %lx %31[^\n]", l->mode, &l->base,
		   &l->brk, &l->small, &l->large, l->why) != 6) {
		printf("mm_aslr: the child failed (status %#x): %s\n", status,
		       buf);
		return -1;
	}
	printf("%s: %s", fixed ? "ADDR_NO_RANDOMIZE" : "as started", buf);
	return 0;
}

/* Where the arena was placed: a high base, or a low one's distance from
 * the break rounded up to a MiB, as the fixed layout places it. */
static unsigned long placed(const struct layout *l)
{
	unsigned long mib = 1UL << 20;

	return strcmp(l->mode, "high") == 0 ? l->base :
		l->base - ((l->brk + mib - 1) & ~(mib - 1));
}

/* How many of the runs' values differ from every earlier one's. */
static int distinct(const unsigned long v[RUNS])
{
	int i, j, n = 0;

	for (i = 0; i < RUNS; i++) {
		for (j = 0; j < i && v[j] != v[i]; j++)
			;
		n += j == i;
	}
	return n;
}

static void check_random(const struct layout *l)
{
	uint64_t hint = (uint64_t)CONFIG_MM_HIGH_HINT;
	unsigned long where[RUNS], small[RUNS], large[RUNS];
	int i;

	for (i = 0; i < RUNS; i++) {
		CHECK_STR(l[i].why, "random");
		where[i] = placed(&l[i]);
		small[i] = l[i].small;
		large[i] = l[i].large;
		if (strcmp(l[i].mode, "high") != 0)
			continue;
		CHECK(l[i].base >= hint && l[i].base < hint + hint / 2);
		CHECK_UINT(l[i].base % PAGE_SIZE, 0);
	}
	CHECK(distinct(where) >= RUNS - 1);
	CHECK(distinct(small) >= RUNS - 1);
	CHECK(distinct(large) >= RUNS - 1);
}

static void check_fixed(const struct layout *l, const char *why)
{
	int i;

	for (i = 0; i < RUNS; i++) {
		CHECK_STR(l[i].why, why);
		CHECK_STR(l[i].mode, l[0].mode);
		CHECK_UINT(l[i].base, l[0].base);
		CHECK_UINT(l[i].small, l[0].small);
		CHECK_UINT(l[i].large, l[0].large);
	}
	if (strcmp(l[0].mode, "high") == 0)
		CHECK_UINT(l[0].base, (uint64_t)CONFIG_MM_HIGH_HINT);
}

int main(int argc, char **argv)
{
	struct layout as_started[RUNS], fixed[RUNS];
	int i;

	if (argc > 1 && strcmp(argv[1], "child") == 0)
		return child();
	if (readlink("/proc/self/exe", self, sizeof(self) - 1) <= 0)
		snprintf(self, sizeof(self), "%s", argv[0]);
	for (i = 0; i < RUNS; i++)
		if (run(0, &as_started[i]) != 0 || run(1, &fixed[i]) != 0)
			return 1;
	if (IS_ENABLED(CONFIG_MM_ASLR)) {
		check_random(as_started);
		check_fixed(fixed, "ADDR_NO_RANDOMIZE");
	} else {
		check_fixed(as_started, "MM_ASLR off");
		check_fixed(fixed, "MM_ASLR off");
	}
	return check_done();
}
