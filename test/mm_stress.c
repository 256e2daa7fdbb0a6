/*
 * The heap against a real address space: a seeded random workload of
 * malloc, calloc, realloc, memalign, aligned_alloc, posix_memalign and free,
 * checked against a shadow model (every block's size, alignment, usable
 * size and contents at both ends), that fills the whole address space the
 * process may have (the address space itself, or RLIMIT_AS where one is
 * set), empties it and fills it again.
 *
 *   mm_stress [OPS [SEED [ROUNDS]]]
 *
 * Each round: OPS random steps at a moderate live size, then a fill that
 * allocates until requests of every size down to a page fail, OPS steps in
 * the full heap (where a realloc that fails must keep its block), then a
 * probe: how much the kernel would still map outside the heap. The heap
 * must have had at least 95% of what was there (what it got plus what the
 * probe found), the checker must be clean, and after freeing everything a
 * refill must reach as far again (within 5%: its sizes differ).
 */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "check.h"

#define SLOTS		(1 << 16)
#define EDGE		64		/* bytes checked at each end of a block */
#define MAX_LOG		22		/* requests up to 8 MiB */
#define PROBES		8192

struct slot {
	unsigned char *p;
	size_t n;
	uint32_t tag;
	uint32_t align;			/* 0: malloc's own alignment */
};

static struct slot slots[SLOTS];
static size_t nlive;			/* slots in use */
static uint64_t live_bytes;		/* bytes asked for by the live blocks */
static uint64_t rng;
static uint32_t tags;
static void *probes[PROBES];
static size_t probe_size[PROBES];

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Log-uniform: as many requests of 16..31 bytes as of 4..8 MiB. */
static size_t random_size(unsigned int max_log)
{
	unsigned int k = (unsigned int)(next() % (max_log + 1));
	size_t lo = (size_t)1 << k;

	return lo + (size_t)(next() % lo) - (k == 0);
}

static unsigned char pattern(const struct slot *s, size_t i)
{
	return (unsigned char)(s->tag * 31 + i * 7 + (i >> 8));
}

/* Writes the pattern over the block's first and last EDGE bytes. */
static void paint(struct slot *s)
{
	size_t i;

	for (i = 0; i < s->n && i < EDGE; i++)
		s->p[i] = pattern(s, i);
	for (i = s->n > EDGE ? s->n - EDGE : 0; i < s->n; i++)
		s->p[i] = pattern(s, i);
}

/* Whether the painted bytes below upto are intact. */
static int intact(const struct slot *s, size_t upto)
{
	size_t i;

	for (i = 0; i < upto && i < EDGE; i++)
		if (s->p[i] != pattern(s, i))
			return 0;
	for (i = s->n > EDGE ? s->n - EDGE : 0; i < upto; i++)
		if (s->p[i] != pattern(s, i))
			return 0;
	return 1;
}

static int zeroed(const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n && i < EDGE; i++)
		if (p[i])
			return 0;
	for (i = n > EDGE ? n - EDGE : 0; i < n; i++)
		if (p[i])
			return 0;
	return n < 2 || !p[n / 2];
}

static void take(struct slot *s, void *p, size_t n, uint32_t align)
{
	s->p = p;
	s->n = n;
	s->tag = ++tags;
	s->align = align;
	nlive++;
	live_bytes += n;
	CHECK((uintptr_t)p % (align > 16 ? align : 16) == 0);
	CHECK(malloc_usable_size(p) >= n);
	paint(s);
}

static void drop(struct slot *s)
{
	CHECK(intact(s, s->n));
	free(s->p);
	s->p = NULL;
	nlive--;
	live_bytes -= s->n;
}

/* One allocation into free slot s: 0 when the heap had no memory. */
static int allocate(struct slot *s, size_t n)
{
	unsigned int how = (unsigned int)(next() % 20);
	uint32_t align = 0;
	void *p;

	errno = 0;
	if (how < 13) {
		p = malloc(n);
	} else if (how < 15) {
		p = calloc(1, n);
		CHECK(!p || zeroed(p, n));
	} else {
		align = (uint32_t)32 << (next() % 12);	/* 32 .. 64 KiB */
		if (how == 15) {
			p = memalign(align, n);
		} else if (how == 16) {
			p = aligned_alloc(align, (n + align - 1) & ~(size_t)(align - 1));
		} else {
			int r = posix_memalign(&p, align, n);

			CHECK(r == 0 || r == ENOMEM);
			if (r)
				p = NULL;
			errno = r;
		}
	}
	if (!p) {
		CHECK_INT(errno, ENOMEM);
		return 0;
	}
	take(s, p, how == 16 ? (n + align - 1) & ~(size_t)(align - 1) : n,
	     align);
	return 1;
}

/* A realloc of live slot s; a failure leaves the block as it was. */
static void resize(struct slot *s, size_t n)
{
	size_t keep = n < s->n ? n : s->n;
	unsigned char *q;

	CHECK(intact(s, s->n));
	errno = 0;
	q = realloc(s->p, n);
	if (!q) {
		CHECK_INT(errno, ENOMEM);
		CHECK(intact(s, s->n));
		return;
	}
	s->p = q;
	CHECK(intact(s, keep));
	live_bytes += n;
	live_bytes -= s->n;
	s->n = n;
	s->align = 0;
	CHECK(malloc_usable_size(q) >= n);
	paint(s);
}

/* Random steps; the live size drifts around target bytes. */
static void churn(unsigned long ops, uint64_t target, unsigned int max_log)
{
	unsigned long i;

	for (i = 0; i < ops; i++) {
		struct slot *s = &slots[next() % SLOTS];
		unsigned int op = (unsigned int)(next() % 10);

		if (!s->p) {
			if (live_bytes < target)
				allocate(s, random_size(max_log));
		} else if (op < 3) {
			resize(s, random_size(max_log));
		} else if (op < 7 || live_bytes > target) {
			drop(s);
		}
		if (i % 4096 == 4095)
			CHECK_INT(malloc_check(), 0);
	}
}

/* Allocates until requests of every size down to a page fail, the sizes
 * shrinking as the large ones fail. */
static void fill(void)
{
	unsigned int max_log = MAX_LOG, fails = 0;
	size_t at = (size_t)(next() % SLOTS);

	while (max_log >= 12 && nlive < SLOTS) {
		while (slots[at].p)
			at = (at + 1) % SLOTS;
		if (allocate(&slots[at], random_size(max_log)))
			continue;
		if (++fails >= 4) {	/* this size no longer fits: smaller */
			max_log--;
			fails = 0;
		}
	}
	CHECK(nlive < SLOTS);
}

/* What the kernel would still map, in pieces down to 1 MiB; unmapped
 * again before returning. */
static uint64_t probe(void)
{
	size_t size = (size_t)1 << (sizeof(void *) == 4 ? 28 : 34), n = 0, i;
	uint64_t total = 0;

	for (; size >= (1 << 20) && n < PROBES; size /= 2) {
		void *v;

		while (n < PROBES && (v = mmap(NULL, size, PROT_NONE,
					       MAP_PRIVATE | MAP_ANONYMOUS |
					       MAP_NORESERVE, -1, 0)) != MAP_FAILED) {
			probes[n] = v;
			probe_size[n++] = size;
			total += size;
		}
	}
	for (i = 0; i < n; i++)
		munmap(probes[i], probe_size[i]);
	return total;
}

static void empty_all(void)
{
	size_t i;

	for (i = 0; i < SLOTS; i++)
		if (slots[i].p)
			drop(&slots[i]);
	CHECK_UINT(nlive, 0);
}

int main(int argc, char **argv)
{
	unsigned long ops = argc > 1 ? strtoul(argv[1], NULL, 0) : 20000;
	unsigned long seed = argc > 2 ? strtoul(argv[2], NULL, 0) : 1;
	unsigned long rounds = argc > 3 ? strtoul(argv[3], NULL, 0) : 2;
	uint64_t first = 0, got, left;
	unsigned long r;

	rng = 0x9e3779b97f4a7c15ULL ^ ((uint64_t)seed * 0x2545f4914f6cdd1dULL);
	if (!rng)
		rng = 1;
	for (r = 0; r < rounds && !check_failed; r++) {
		churn(ops, 64 << 20, MAX_LOG);
		fill();
		churn(ops / 40, (uint64_t)-1, 16);	/* full: resizes fail */
		got = live_bytes;
		CHECK_INT(malloc_check(), 0);
		left = probe();
		printf("round %lu: %zu blocks, %llu MiB in the heap, %llu MiB "
		       "left outside it\n", r, nlive,
		       (unsigned long long)(got >> 20),
		       (unsigned long long)(left >> 20));
		CHECK(left <= (got + left) / 20);
		if (r == 0)
			first = got;
		else
			CHECK(got >= first - first / 20);
		empty_all();
		CHECK_INT(malloc_check(), 0);
	}
	return check_done();
}
