/*
 * Fault injection for mm/ on the host (scripts/host-tests fault).
 *
 * A fixed, deterministic workload (mallocs, callocs, reallocs, aligned
 * blocks and frees from 1 byte to several MiB, a few impossible requests)
 * runs in a fork()ed child over the test OS backend (test/host/os_fault.c).
 * A first child counts the OS calls the workload makes without faults (K);
 * then for N = 1 .. K a child runs with the Nth call failing, and again with
 * every call from the Nth on failing. mm_init() runs inside the child, after
 * the fault is armed, so start-up is tried under every fault too.
 *
 * Each child must end cleanly (every failed allocation returned NULL with
 * errno ENOMEM, the heap checked clean after every failure and at the end,
 * every block kept its contents, all frees worked) or with a panic
 * ("bareheap: ..." and status 99). A signal, a hang, a checker failure, a
 * corrupted block, or an ask past the pretend limit fails the test.
 *
 * Scenarios: the default configuration (high arena); a pretend 64 MiB
 * RLIMIT_AS; the same with the high window refused once the heap is close
 * to the limit (fallback_near_limit); the high address refused (low
 * scheme); that under the limit. Under a limit the
 * child also fills the heap until malloc fails and checks it had most of
 * the budget. Every 100 operations malloc_trim hands back all free pages.
 * A last pass lets the Nth call, when it is os_unused, leave the pages
 * resident (what mm/os.h allows) and checks calloc still zeroes.
 *
 *   fault [-v] [-s scenario] [-n N [-S]]   (-n: run one child's work here)
 * Prints detail lines (indented) and a last line "summary: ...".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test/host/bh.h"
#include "mm/heap.h"

#define MiB		(1UL << 20)
#define SLOTS		64
#define OPS		700
#define BIG_MAX		(6 * MiB)
#define PATTERN_LEN	(BIG_MAX + 8192)
#define CHILD_SECONDS	30

/* Exit statuses of a child. */
enum { OK = 0, WRONG = 2, CHECK = 3, OVER = 4, PANIC = 99 };

struct scenario {
	const char *name;
	uint64_t as_limit;	/* UINT64_MAX: none */
	int low;		/* refuse the high arena's address */
	int unused_pass;	/* also the pass where os_unused may fail */
	int fill;		/* fill the heap to the limit at the end */
	int stop;		/* refuse the high window near the limit */
};

static const struct scenario scenarios[] = {
	{ "default", UINT64_MAX, 0, 1, 0, 0 },
	{ "as=64M", 64 * MiB, 0, 0, 1, 0 },
	{ "stop,as=64M", 64 * MiB, 0, 0, 1, 1 },
	{ "low", UINT64_MAX, 1, 0, 0, 0 },
	{ "low,as=64M", 64 * MiB, 1, 0, 1, 0 },
};
#define NSCENARIOS (sizeof(scenarios) / sizeof(scenarios[0]))

static unsigned char *pattern;
static int verbose;

/* ---- the child: workload and its checks ---- */

struct slot {
	unsigned char *p;
	size_t n;		/* bytes that hold the pattern */
	size_t align;
	unsigned int seed;	/* pattern offset */
	int zero;		/* came from calloc, not yet filled */
};
static struct slot slots[SLOTS];
static long op_no;
static int measuring;
static char trace_buf[1 << 16];

__attribute__((noreturn, format(printf, 2, 3)))
static void die(int status, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "bareheap-test: op %ld: ", op_no);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " [last OS call: %s]\n", os_fault.last_op);
	fflush(stderr);
	if (measuring)
		printf("calls=%ld\ntrace=%s\n", os_fault.calls, trace_buf);
	fflush(stdout);
	_exit(status);
}

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

static size_t rnd_size(void)
{
	unsigned int r = rnd() % 1000;

	if (r < 550)
		return 1 + rnd() % 256;
	if (r < 780)
		return 257 + rnd() % 3840;
	if (r < 900)
		return 4097 + rnd() % 40000;
	if (r < 975)
		return 32 * 1024 + rnd() % (1 * MiB);
	return 1 + rnd() % BIG_MAX;
}

static void check_heap(const char *when)
{
	if (bh_malloc_check() != 0)
		die(CHECK, "heap check failed %s", when);
}

static void fill(struct slot *s, size_t from)
{
	if (s->n > from)
		memcpy(s->p + from, pattern + s->seed + from, s->n - from);
	s->zero = 0;
}

static void verify(struct slot *s, size_t n, const char *when)
{
	size_t i;

	if (n > s->n)
		n = s->n;
	if (memcmp(s->p, pattern + s->seed, n) == 0)
		return;
	for (i = 0; i < n && s->p[i] == pattern[s->seed + i]; i++)
		;
	die(WRONG, "block %p (%zu bytes) %s: byte %zu is %#x, want %#x",
	    (void *)s->p, s->n, when, i, s->p[i], pattern[s->seed + i]);
}

static void check_block(void *p, size_t n, size_t align, const char *op)
{
	size_t usable = bh_malloc_usable_size(p);

	if ((uintptr_t)p % (align > 16 ? align : 16))
		die(WRONG, "%s(%zu) returned %p, not aligned to %zu", op, n, p,
		    align > 16 ? align : 16);
	if (usable < n)
		die(WRONG, "%s(%zu): usable size %zu is too small", op, n, usable);
}

/* A failed allocation: errno must say ENOMEM and the heap must be whole. */
static void failed(const char *op, size_t n, int err)
{
	if (err != ENOMEM)
		die(WRONG, "%s(%zu) failed with errno %d, not ENOMEM", op, n, err);
	check_heap("after a failed allocation");
}

static void release(struct slot *s)
{
	if (!s->p)
		return;
	verify(s, s->n, "before free");
	bh_free(s->p);
	s->p = NULL;
}

static void new_block(struct slot *s, void *p, size_t n, size_t align, int zero,
		      const char *op)
{
	size_t i;

	check_block(p, n, align, op);
	s->p = p;
	s->n = n;
	s->align = align;
	s->seed = (unsigned int)(rnd() % 4096);
	if (zero) {
		for (i = 0; i < n; i++)
			if (s->p[i])
				die(WRONG, "calloc(%zu) = %p: byte %zu is %#x, not 0",
				    n, p, i, s->p[i]);
	}
	fill(s, 0);
}

static void one_op(void)
{
	struct slot *s = &slots[rnd() % SLOTS];
	unsigned int kind = rnd() % 100;
	size_t n = rnd_size(), align;
	void *p;
	int err;

	if (kind < 30 || (!s->p && kind < 60)) {
		release(s);
		switch (kind % 3) {
		case 0:
			errno = 0;
			p = bh_calloc(1 + n % 7, n / (1 + n % 7) + 1);
			n = (1 + n % 7) * (n / (1 + n % 7) + 1);
			if (!p)
				return failed("calloc", n, errno);
			new_block(s, p, n, 16, 1, "calloc");
			return;
		default:
			errno = 0;
			p = bh_malloc(n);
			if (!p)
				return failed("malloc", n, errno);
			new_block(s, p, n, 16, 0, "malloc");
			return;
		}
	}
	if (kind < 55) {
		release(s);
		return;
	}
	if (kind < 75) {	/* realloc, live or NULL, sometimes to 0 */
		size_t keep;

		if (kind == 74)
			n = 0;
		if (s->p)
			verify(s, s->n, "before realloc");
		errno = 0;
		p = bh_realloc(s->p, n);
		if (!p) {
			err = errno;
			if (s->p)
				verify(s, s->n, "after a failed realloc");
			return failed("realloc", n, err);
		}
		keep = s->p ? (s->n < n ? s->n : n) : 0;
		if (!s->p)
			s->seed = (unsigned int)(rnd() % 4096);
		s->p = p;
		check_block(p, n, 16, "realloc");
		s->n = keep;
		verify(s, keep, "after realloc");
		s->n = n;
		fill(s, keep);
		return;
	}
	if (kind < 88) {	/* aligned */
		release(s);
		align = (size_t)1 << (4 + rnd() % 13);	/* 16 .. 64 KiB */
		if (kind == 87)
			align = 2 * MiB;
		errno = 0;
		switch (kind % 3) {
		case 0:
			p = bh_aligned_alloc(align, n);
			err = errno;
			break;
		case 1:
			p = bh_memalign(align, n);
			err = errno;
			break;
		default:
			p = NULL;
			err = bh_posix_memalign(&p, align, n);
			if (err && errno != 0)
				die(WRONG, "posix_memalign changed errno to %d", errno);
			if (err)
				p = NULL;
			break;
		}
		if (!p)
			return failed("aligned", n, err);
		new_block(s, p, n, align, 0, "aligned");
		return;
	}
	if (kind < 94) {	/* use the whole usable size */
		if (!s->p)
			return;
		verify(s, s->n, "before growing into the usable size");
		n = bh_malloc_usable_size(s->p);
		if (n < s->n)
			die(WRONG, "usable size %zu below %zu", n, s->n);
		if (n <= BIG_MAX + 4096) {
			size_t from = s->n;

			s->n = n;
			fill(s, from);
		}
		return;
	}
	/* requests that cannot be met, and must fail cleanly */
	errno = 0;
	switch (kind) {
	case 94:
		p = bh_malloc(SIZE_MAX);
		break;
	case 95:
		p = bh_calloc(SIZE_MAX / 2, 3);
		break;
	case 96:
		p = bh_malloc((size_t)PTRDIFF_MAX);
		break;
	case 97:
		p = bh_memalign(64, SIZE_MAX - 4096);
		break;
	case 98:
		p = bh_reallocarray(NULL, SIZE_MAX / 4, 8);
		break;
	default:
		p = bh_aligned_alloc(4096, (size_t)1 << 62);
		break;
	}
	if (p)
		die(WRONG, "impossible request %u succeeded: %p", kind, p);
	failed("impossible", 0, errno);
}

/*
 * Leaves small spans with no block in use across the heap: fills it with
 * 1000-byte blocks, then frees every 8th first and the rest after. One of
 * the emptied spans is kept for reuse; the fill that follows can only reach
 * the limit if a failing allocation gives it back.
 */
static void scatter_kept(void)
{
	enum { SMALL = 1000, MAX = 1 << 17 };
	static unsigned char *small[MAX];
	size_t n, i;

	for (n = 0; n < MAX && (small[n] = bh_malloc(SMALL)); n++)
		;
	if (n == MAX)
		die(WRONG, "scattering: no limit reached after %d blocks", MAX);
	for (i = 0; i < n; i += 8)
		bh_free(small[i]);
	for (i = 0; i < n; i++)
		if (i % 8)
			bh_free(small[i]);
	check_heap("after scattering kept blocks");
}

/* Blocks of 256 KiB for the fills under a limit. */
enum { BIG = 256 * 1024, MAX_BIG = 4096 };
static unsigned char *big[MAX_BIG];

/* Allocates blocks into big[n], big[n + 1], ... and writes both ends of
 * each, until malloc fails (*ran_out set, errno says why), MAX_BIG blocks
 * are held, or the heap holds upto bytes of address space. Returns how
 * many are held. */
static size_t big_fill(size_t n, uint64_t upto, int *ran_out)
{
	for (*ran_out = 0; n < MAX_BIG && os_fault.as_now < upto; n++) {
		errno = 0;
		big[n] = bh_malloc(BIG);
		if (!big[n]) {
			*ran_out = 1;
			break;
		}
		big[n][0] = big[n][BIG - 1] = 1;
	}
	return n;
}

static void big_free(size_t n, const char *when)
{
	size_t i;

	for (i = 0; i < n; i++)
		bh_free(big[i]);
	check_heap(when);
}

/* Under a limit: allocate 256 KiB blocks until malloc fails; the heap must
 * have given most of the budget and must give it again after a free. */
static void fill_to_limit(int measure)
{
	size_t n, again;
	unsigned int c;
	int ran_out;

	scatter_kept();
	n = big_fill(0, UINT64_MAX, &ran_out);
	if (!ran_out)
		die(WRONG, "filling: no limit reached after %d blocks", MAX_BIG);
	failed("malloc (filling)", BIG, errno);
	for (c = 0; c < NCLASSES; c++)
		if (heap.empty[c])
			die(WRONG, "filling failed with an empty span of %u-byte "
			    "blocks still kept", size_classes[c].size);
	big_free(n, "after freeing the fill");
	again = big_fill(0, UINT64_MAX, &ran_out);
	if (measure && again < n)
		die(WRONG, "filling again got %zu blocks, the first time %zu",
		    again, n);
	big_free(again, "after the second fill");
	if (measure && (uint64_t)n * BIG < os_fault.budget / 100 * 85)
		die(WRONG, "filling got %zu KiB of a %llu KiB budget", n * 256,
		    (unsigned long long)(os_fault.budget >> 10));
	if (measure)
		printf("fill=%zu KiB of %llu KiB budget\n", n * (BIG >> 10),
		       (unsigned long long)(os_fault.budget >> 10));
}

/*
 * The kernel stops the high window growing when less room is left under the
 * limit than a limit the heap could plan with. The low window the heap
 * falls back to must give most of what it reserved, and still keep to the
 * budget planned at start-up: filling it must end in ENOMEM, never in an
 * ask past the limit (which the end of the child checks).
 */
static void fallback_near_limit(int measure)
{
	uint64_t left = (uint64_t)CONFIG_MM_LIMIT_FLOOR_MB * MiB / 2;
	const struct window *w;
	size_t n, before;
	int ran_out;

	if (strcmp(heap.mode, "high") != 0)
		return;
	n = big_fill(0, os_fault.hard > left ? os_fault.hard - left : 0,
		     &ran_out);
	if (ran_out) {		/* a fault came first */
		big_free(n, "after a fault short of the limit");
		return;
	}
	before = n;
	os_fault.refuse_from = heap.win[0].base;
	os_fault.refuse_to = UINTPTR_MAX;
	n = big_fill(n, UINT64_MAX, &ran_out);
	if (!ran_out)
		die(WRONG, "fallback: no limit reached after %d blocks", MAX_BIG);
	failed("malloc (after the fallback)", BIG, errno);
	if (measure && strcmp(heap.mode, "fallback") != 0)
		die(WRONG, "the high window refused to grow with %llu KiB left, "
		    "and the heap stayed in mode %s",
		    (unsigned long long)((os_fault.hard - os_fault.as_now) >> 10),
		    heap.mode);
	w = &heap.win[heap.nwin - 1];
	if (measure && w->grown - w->base < (w->reserved - w->base) / 2)
		die(WRONG, "the fallback window reserved %zu KiB and gave %zu",
		    (size_t)(w->reserved - w->base) >> 10,
		    (size_t)(w->grown - w->base) >> 10);
	big_free(n, "after the fallback near the limit");
	os_fault.refuse_from = os_fault.refuse_to = 0;
	if (measure)
		printf("fallback: %zu blocks of 256 KiB before, %zu after\n",
		       before, n - before);
}

/* Requests larger than the whole arena must fail without changing how the
 * heap grows: no new window, no fallback, no ask past the limit. Where the
 * arena has no bound (the low scheme with no limit grows its window past
 * the reservation as far as the address space allows) such a block may be
 * had, if the addresses after the window happen to be free. */
static void too_big(const struct scenario *sc, int measure)
{
	int bounded = !strcmp(heap.mode, "high") || sc->as_limit != UINT64_MAX;
	static const size_t sizes[] = { (size_t)64 << 30, (size_t)20 << 30 };
	const char *mode = heap.mode;
	int nwin = heap.nwin;
	size_t mapped = heap.mapped, i;
	void *p;

	for (i = 0; i < 2; i++) {
		errno = 0;
		p = i ? bh_aligned_alloc(MiB, sizes[i]) : bh_malloc(sizes[i]);
		if (p && bounded)
			die(WRONG, "a %zu GiB block from a %d GiB arena", sizes[i] >> 30,
			    CONFIG_MM_HIGH_ARENA_GB);
		if (p)
			bh_free(p);
		else
			failed("malloc (larger than the arena)", sizes[i], errno);
		if (heap.nwin != nwin || heap.mode != mode)
			die(WRONG, "malloc(%zu GiB), larger than the arena, made the "
			    "heap change its arena: mode %s -> %s, windows %d -> %d",
			    sizes[i] >> 30, mode, heap.mode, nwin, heap.nwin);
	}
	if (measure)
		printf("too-big: arena mapped %zu KiB before, %zu KiB after\n",
		       mapped >> 10, heap.mapped >> 10);
}

static void setup_backend(const struct scenario *sc)
{
	os_fault.as_limit = sc->as_limit;
	if (sc->low) {
		os_fault.refuse_from = (uintptr_t)CONFIG_MM_HIGH_HINT;
		os_fault.refuse_to = os_fault.refuse_from +
			((uintptr_t)CONFIG_MM_HIGH_ARENA_GB << 30);
	}
}

static int run_child(const struct scenario *sc, long fail_at, int sticky,
		     int unused, int measure)
{
	long i;

	alarm(CHILD_SECONDS);
	setup_backend(sc);
	measuring = measure;
	if (measure) {
		os_fault.trace = trace_buf;
		os_fault.trace_cap = sizeof(trace_buf);
	}
	os_fault.fail_at = fail_at;
	os_fault.sticky = sticky;
	os_fault.unused_can_fail = unused;
	rng_state = 0x9e3779b97f4a7c15ULL;

	mm_init();
	check_heap("after mm_init");
	for (op_no = 1; op_no <= OPS; op_no++) {
		one_op();
		/* what the release policy hands back only after a delay the
		 * short workload never reaches: the pages now */
		if (op_no % 100 == 0)
			bh_malloc_trim(0);
		if (op_no % 50 == 0) {
			for (i = 0; i < SLOTS; i++)
				if (slots[i].p)
					verify(&slots[i], slots[i].n, "in a sweep");
			check_heap("in a sweep");
		}
	}
	for (i = 0; i < SLOTS; i++)
		release(&slots[i]);
	check_heap("after freeing everything");
	if (sc->stop)
		fallback_near_limit(measure);
	if (sc->fill)
		fill_to_limit(measure);
	too_big(sc, measure);
	if (os_fault.over_hard)
		die(OVER, "the heap asked past the limit %ld times: %s to %llu "
		    "bytes of address space, limit - used is %llu",
		    os_fault.over_hard, os_fault.worst_op,
		    (unsigned long long)os_fault.worst_ask,
		    (unsigned long long)os_fault.hard);
	if (measure) {
		printf("calls=%ld\n", os_fault.calls);
		printf("trace=%s\n", trace_buf);
		printf("mode=%s windows=%d mapped=%zu meta=%zu as_peak=%llu "
		       "over_budget=%ld\n", heap.mode ? heap.mode : "?", heap.nwin,
		       heap.mapped, heap.meta_mapped,
		       (unsigned long long)os_fault.as_peak, os_fault.over_budget);
	}
	fflush(stdout);
	return OK;
}

/* ---- the parent ---- */

struct outcome {
	int status;		/* exit status, or -signal, or -1000: hang */
	char out[4096];
};

static void spawn(const struct scenario *sc, long fail_at, int sticky,
		  int unused, int measure, struct outcome *o)
{
	int fd[2], st;
	size_t len = 0;
	ssize_t got;
	char sink[4096];
	pid_t pid;

	fflush(stdout);
	if (pipe(fd) != 0 || (pid = fork()) < 0) {
		perror("fault: pipe/fork");
		exit(2);
	}
	if (pid == 0) {
		close(fd[0]);
		dup2(fd[1], 1);
		dup2(fd[1], 2);
		close(fd[1]);
		_exit(run_child(sc, fail_at, sticky, unused, measure));
	}
	close(fd[1]);
	while ((got = read(fd[0], len < sizeof(o->out) - 1 ? o->out + len : sink,
			   len < sizeof(o->out) - 1 ? sizeof(o->out) - 1 - len :
			   sizeof(sink))) > 0)
		if (len < sizeof(o->out) - 1)
			len += got;
	o->out[len] = 0;
	close(fd[0]);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(st))
		o->status = WEXITSTATUS(st);
	else if (WTERMSIG(st) == SIGALRM)
		o->status = -1000;
	else
		o->status = -WTERMSIG(st);
}

static long points, children, clean, panics, bad;

/* Bad outcomes, grouped by their reason with the numbers taken out. */
#define MAX_REASONS 64
static struct reason {
	char key[200];
	long count;
	char first[700];	/* scenario, pass, N, why, and the output */
} reasons[MAX_REASONS];
static int nreasons;

static void reason_add(const char *why, const char *where, const char *out)
{
	char key[200];
	size_t i, k = 0;
	int r;

	for (i = 0; why[i] && k < sizeof(key) - 1; i++) {
		if ((why[i] >= '0' && why[i] <= '9') ||
		    (why[i] == 'x' && i && why[i - 1] == '0')) {
			if (!k || key[k - 1] != '#')
				key[k++] = '#';
			continue;
		}
		if (k && key[k - 1] == '#' && ((why[i] >= 'a' && why[i] <= 'f')))
			continue;
		key[k++] = why[i];
	}
	key[k] = 0;
	for (r = 0; r < nreasons; r++)
		if (strcmp(reasons[r].key, key) == 0) {
			reasons[r].count++;
			return;
		}
	if (nreasons == MAX_REASONS)
		r = MAX_REASONS - 1;
	else
		r = nreasons++;
	snprintf(reasons[r].key, sizeof(reasons[r].key), "%s", key);
	reasons[r].count = 1;
	snprintf(reasons[r].first, sizeof(reasons[r].first), "%.100s: %.280s\n%.300s",
		 where, why, out);
}

static void reasons_print(void)
{
	int r;

	for (r = 0; r < nreasons; r++) {
		const char *p = reasons[r].first, *e = strchr(p, '\n');

		printf("      BAD (%ld child%s) %.*s\n", reasons[r].count,
		       reasons[r].count == 1 ? "" : "ren", (int)(e ? e - p : 300), p);
		for (p = e ? e + 1 : ""; *p;) {
			int len;

			e = strchr(p, '\n');
			len = e ? (int)(e - p) : (int)strlen(p);
			if (strncmp(p, "trace=", 6) && strncmp(p, "calls=", 6))
				printf("        | %.*s\n", len > 300 ? 300 : len, p);
			p += len + (e != NULL);
		}
	}
}

/* The first line of the output that starts with prefix, or "". */
static void line_of(const char *out, const char *prefix, char *buf, size_t size)
{
	const char *p = out, *e;

	buf[0] = 0;
	for (; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
		if (strncmp(p, prefix, strlen(prefix)) == 0) {
			e = strchr(p, '\n');
			snprintf(buf, size, "%.*s", (int)(e ? e - p : (long)strlen(p)), p);
			return;
		}
	}
}

static void judge(const struct scenario *sc, const char *pass, long n,
		  const struct outcome *o)
{
	char why[600], where[120], first[400];
	const char *p;

	children++;
	if (o->status == OK) {
		clean++;
		return;
	}
	if (o->status == PANIC && (p = strstr(o->out, "bareheap: ")) &&
	    (p == o->out || p[-1] == '\n')) {
		panics++;
		line_of(o->out, "bareheap: ", why, sizeof(why));
		if (verbose)
			printf("      panic %s %s N=%ld: %s\n", sc->name, pass, n, why);
		return;
	}
	bad++;
	if (o->status == -1000)
		snprintf(why, sizeof(why), "hang (over %ds)", CHILD_SECONDS);
	else if (o->status < 0)
		snprintf(why, sizeof(why), "killed by signal %d (%s)", -o->status,
			 strsignal(-o->status));
	else
		snprintf(why, sizeof(why), "exit status %d", o->status);
	line_of(o->out, "bareheap", first, sizeof(first));
	snprintf(where, sizeof(where), "%s %s N=%ld", sc->name, pass, n);
	if (first[0])
		snprintf(why + strlen(why), sizeof(why) - strlen(why), ": %s", first);
	reason_add(why, where, o->out);
}

static int scenario_run(const struct scenario *sc)
{
	struct outcome *o = malloc(sizeof(*o));
	char line[200], *trace;
	long k, n, bad_before = bad;
	int sticky;

	spawn(sc, 0, 0, 0, 1, o);
	line_of(o->out, "calls=", line, sizeof(line));
	if (o->status != OK)
		judge(sc, "without-faults", 0, o);
	if (!line[0]) {
		bad++;
		printf("      BAD %s: no call count\n", sc->name);
		free(o);
		return -1;
	}
	k = atol(line + 6);
	line_of(o->out, "mode=", line, sizeof(line));
	printf("      %-11s %ld OS calls without faults; %s\n", sc->name, k, line);
	line_of(o->out, "fill=", line, sizeof(line));
	if (line[0])
		printf("      %-11s %s\n", "", line);
	line_of(o->out, "too-big:", line, sizeof(line));
	if (line[0])
		printf("      %-11s %s\n", "", line);
	line_of(o->out, "fallback:", line, sizeof(line));
	if (line[0])
		printf("      %-11s %s\n", "", line);
	if (o->status == OK && !sc->low && !sc->stop &&
	    (!strstr(o->out, "mode=high ") || !strstr(o->out, "windows=1 "))) {
		bad++;
		printf("      BAD %s: without faults the heap left its high "
		       "window (want mode=high windows=1)\n", sc->name);
	}
	trace = strstr(o->out, "trace=");
	trace = trace ? strndup(trace + 6, strcspn(trace + 6, "\n")) : strdup("");
	for (sticky = 0; sticky < 2; sticky++)
		for (n = 1; n <= k + 1; n++) {
			spawn(sc, n, sticky, 0, 0, o);
			points++;
			judge(sc, sticky ? "from-N-on" : "Nth-only", n, o);
		}
	if (sc->unused_pass)
		for (n = 1; n <= k; n++) {
			if (trace[n - 1] != 'u')
				continue;
			spawn(sc, n, 0, 1, 0, o);
			points++;
			judge(sc, "unused-keeps-pages", n, o);
		}
	free(trace);
	free(o);
	return bad == bad_before ? 0 : -1;
}

/*
 * The size-class tables (constants in mm/sizeclass.c) against the rules
 * that file states, worked out here independently. Returns the number of
 * rules broken, each printed.
 */
static long classes_check(void)
{
	long broken = 0;
	unsigned int c, p;
	size_t n;

#define BROKEN(...) (printf("      BAD size classes: " __VA_ARGS__), \
		     printf("\n"), broken++)
	for (c = 0; c < NCLASSES; c++) {
		const struct size_class *k = &size_classes[c];
		uint32_t z = k->size, min = z <= 1024 ? 64 : z > 8192 ? 4 : 8;
		size_t bytes = (size_t)k->npages * PAGE_SIZE;

		if (z % 16 || (c && z <= size_classes[c - 1].size) ||
		    (c && z > size_classes[c - 1].size +
		     (size_classes[c - 1].size < 128 ? 16 :
		      size_classes[c - 1].size / 4)))
			BROKEN("class %u: size %u out of step", c, z);
		if (k->nobjs != bytes / z || k->nobjs > SPAN_MAX_OBJS ||
		    k->nobjs < min || bytes % z > bytes / 16)
			BROKEN("class %u: %u pages, %u objects of %u", c,
			       k->npages, k->nobjs, z);
		for (p = 1; p < k->npages; p++)
			if (p * PAGE_SIZE / z >= min &&
			    p * PAGE_SIZE % z <= p * PAGE_SIZE / 16)
				BROKEN("class %u: %u pages would do, not %u", c,
				       p, k->npages);
		if (z >> k->shift << k->shift != z || (z >> k->shift) % 2 == 0 ||
		    (uintptr_t)(odd_inverse(z >> k->shift) * (z >> k->shift)) != 1)
			BROKEN("class %u: shift %u, inverse %#llx", c, k->shift,
			       (unsigned long long)odd_inverse(z >> k->shift));
	}
	if (size_classes[NCLASSES - 1].size != SMALL_MAX)
		BROKEN("the last class is not SMALL_MAX");
	for (n = 0; n <= SMALL_MAX; n++) {
		c = class_of(n);
		if (c >= NCLASSES || size_classes[c].size < n ||
		    (c && size_classes[c - 1].size >= n))
			BROKEN("class_of(%zu) = %u", n, c);
	}
#undef BROKEN
	return broken;
}

int main(int argc, char **argv)
{
	const char *only = NULL;
	long one = -1;
	int sticky = 0, opt;
	size_t i;

	while ((opt = getopt(argc, argv, "vs:n:S")) != -1) {
		switch (opt) {
		case 'v':
			verbose = 1;
			break;
		case 's':
			only = optarg;
			break;
		case 'n':
			one = atol(optarg);
			break;
		case 'S':
			sticky = 1;
			break;
		default:
			fprintf(stderr, "usage: fault [-v] [-s scenario] [-n N [-S]]\n");
			return 2;
		}
	}
	pattern = malloc(PATTERN_LEN);
	rng_state = 12345;
	for (i = 0; i < PATTERN_LEN; i++)
		pattern[i] = (unsigned char)(rnd() >> 32);
	setvbuf(stdout, NULL, _IOLBF, 0);
	bad += classes_check();
	for (i = 0; i < NSCENARIOS; i++) {
		if (only && strcmp(only, scenarios[i].name) != 0)
			continue;
		if (one >= 0) {		/* debugging: one child's work, here */
			int st = run_child(&scenarios[i], one, sticky, 0, one == 0);

			printf("clean exit, %ld calls\n", os_fault.calls);
			return st;
		}
		scenario_run(&scenarios[i]);
	}
	reasons_print();
	printf("summary: points=%ld children=%ld clean=%ld panics=%ld bad=%ld\n",
	       points, children, clean, panics, bad);
	return bad ? 1 : 0;
}
