/*
 * A test OS backend for mm/ on the host: every function of mm/os.h on top
 * of glibc's mmap, madvise and munmap, with fault injection (the Nth counted
 * call fails the way the real one would) and pretend limits that it also
 * enforces: it keeps account of the address space (and private writable
 * memory) the heap holds, refuses what would pass limit - used as the
 * kernel would, and records every ask past the heap's budget
 * (limit - used - margin) so the harness can fail on it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "kernel/runtime.h"
#include "mm/os.h"
#include "test/host/bh.h"

struct os_fault os_fault = {
	.as_limit = UINT64_MAX, .data_limit = UINT64_MAX,
	.as_used = 8 << 20, .data_used = 4 << 20,
	.budget = UINT64_MAX, .hard = UINT64_MAX,
};

/* The ranges the heap holds: reservations (mapped from the bottom up to
 * mapped_end by os_map) and fresh mappings. */
#define MAX_RANGES 1024
static struct range {
	uintptr_t start, end, mapped_end;
} ranges[MAX_RANGES];
static int nranges;
static uint64_t data_now;

static void problem(const char *fmt, const char *op, void *v, size_t n)
{
	char buf[160];
	int len = snprintf(buf, sizeof(buf), "bareheap-test: os layer: ");

	len += snprintf(buf + len, sizeof(buf) - len, fmt, op, v, n);
	if (len > (int)sizeof(buf) - 2)
		len = sizeof(buf) - 2;
	buf[len++] = '\n';
	if (write(2, buf, len) < 0)
		return;
}

/* Counts a call; 1 when it is to fail. */
static int inject(const char *op, void *v, size_t n)
{
	struct os_fault *f = &os_fault;

	if (f->trace && (size_t)f->calls + 1 < f->trace_cap) {
		char c = op[3] == 'r' ? 'r' : op[3] == 'u' ? 'u' :
			op[3] == 'f' ? 'f' : op[6] != '_' ? 'm' :
			strchr(op, '(') ? 'x' : 'n';

		f->trace[f->calls] = c;
		f->trace[f->calls + 1] = 0;
	}
	f->calls++;
	snprintf(f->last_op, sizeof(f->last_op), "call %ld: %s(%p, %zu)",
		 f->calls, op, v, n);
	if (getenv("OS_FAULT_LOG"))	/* a log of every counted call */
		fprintf(stderr, "os: %s as_now=%llu\n", f->last_op,
			(unsigned long long)f->as_now);
	if (f->fail_at && (f->calls == f->fail_at ||
			   (f->sticky && f->calls > f->fail_at))) {
		f->failed++;
		return 1;
	}
	return 0;
}

static void limits_setup(void)
{
	struct os_fault *f = &os_fault;
	uint64_t margin = CONFIG_MM_FOOTPRINT_MARGIN_KB * 1024ULL;

	f->hard = f->budget = UINT64_MAX;
	if (f->as_limit != UINT64_MAX) {
		f->hard = f->as_limit > f->as_used ? f->as_limit - f->as_used : 0;
		f->budget = f->hard > margin ? f->hard - margin : 0;
	}
}

static uint64_t data_hard(void)
{
	struct os_fault *f = &os_fault;

	if (f->data_limit == UINT64_MAX)
		return UINT64_MAX;
	return f->data_limit > f->data_used ? f->data_limit - f->data_used : 0;
}

/* May the heap take as more bytes of address space and data more of
 * writable memory? Records asks past the budget; refuses what the kernel
 * would. */
static int may_take(const char *op, uint64_t as, uint64_t data)
{
	struct os_fault *f = &os_fault;
	uint64_t margin = CONFIG_MM_FOOTPRINT_MARGIN_KB * 1024ULL;
	uint64_t dhard = data_hard();
	int over_hard = 0, over_budget = 0;

	if (f->hard != UINT64_MAX) {
		over_hard |= f->as_now + as > f->hard;
		over_budget |= f->as_now + as > f->budget;
	}
	if (dhard != UINT64_MAX) {
		over_hard |= data_now + data > dhard;
		over_budget |= data_now + data > (dhard > margin ? dhard - margin : 0);
	}
	if (over_budget)
		f->over_budget++;
	if (over_hard) {
		f->over_hard++;
		if (f->over_hard <= 5)
			fprintf(stderr, "bareheap-test: os layer: %s asks past the "
				"limit: %s; the heap holds %llu bytes of address "
				"space (limit - used: %llu) and %llu of data "
				"(limit - used: %llu)\n", op, f->last_op,
				(unsigned long long)f->as_now,
				(unsigned long long)f->hard,
				(unsigned long long)data_now,
				(unsigned long long)dhard);
		if (f->as_now + as > f->worst_ask) {
			f->worst_ask = f->as_now + as;
			f->worst_op = op;
		}
		return 0;
	}
	return 1;
}

static void took(uint64_t as)
{
	os_fault.as_now += as;
	if (os_fault.as_now > os_fault.as_peak)
		os_fault.as_peak = os_fault.as_now;
}

static void range_add(uintptr_t start, size_t n, int mapped)
{
	if (nranges == MAX_RANGES) {
		problem("%s: too many ranges for the test backend at %p + %zu",
			"range_add", (void *)start, n);
		_exit(98);
	}
	ranges[nranges].start = start;
	ranges[nranges].end = start + n;
	ranges[nranges].mapped_end = mapped ? start + n : start;
	nranges++;
}

static struct range *range_of(uintptr_t a, size_t n)
{
	int i;

	for (i = 0; i < nranges; i++)
		if (a >= ranges[i].start && a + n <= ranges[i].end && a + n >= a)
			return &ranges[i];
	return NULL;
}

/* Is all of [a, a + n) held, by one range or several side by side? */
static int covered(uintptr_t a, size_t n)
{
	uintptr_t end = a + n;
	int i;

	while (a < end) {
		for (i = 0; i < nranges; i++)
			if (a >= ranges[i].start && a < ranges[i].end)
				break;
		if (i == nranges)
			return 0;
		a = ranges[i].end;
	}
	return 1;
}

static int aligned(void *v, size_t n)
{
	return !(((uintptr_t)v | n) & (4096 - 1)) && n;
}

void *os_reserve(void *hint, size_t n)
{
	void *v;

	if (!aligned(hint, n))
		problem("%s: unaligned hint or size %p, %zu", "os_reserve", hint, n);
	if (inject("os_reserve", hint, n) || !may_take("os_reserve", n, 0))
		return NULL;
	v = mmap(hint, n, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
		 -1, 0);
	if (v == MAP_FAILED)
		return NULL;
	range_add((uintptr_t)v, n, 0);
	took(n);
	return v;
}

int os_map(void *v, size_t n)
{
	struct range *r = range_of((uintptr_t)v, n);
	uint64_t more = 0;

	if (!aligned(v, n))
		problem("%s: unaligned range %p + %zu", "os_map", v, n);
	if (!r) {
		problem("%s: %p + %zu is not inside a reservation of the heap",
			"os_map", v, n);
		_exit(98);
	}
	if ((uintptr_t)v + n > r->mapped_end)
		more = (uintptr_t)v + n - (r->mapped_end > (uintptr_t)v ?
					    r->mapped_end : (uintptr_t)v);
	if (inject("os_map", v, n) || !may_take("os_map", 0, more))
		return -1;
	if (mmap(v, n, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != v)
		return -1;
	if ((uintptr_t)v + n > r->mapped_end) {
		data_now += more;
		r->mapped_end = (uintptr_t)v + n;
	}
	return 0;
}

static int refused_high(void *at)
{
	return (uintptr_t)at >= os_fault.refuse_from &&
		(uintptr_t)at < os_fault.refuse_to;
}

void *os_map_new(void *hint, size_t n, int exact)
{
	int flags = MAP_PRIVATE | MAP_ANONYMOUS;
	void *v;

	if (!aligned(hint, n))
		problem("%s: unaligned hint or size %p, %zu", "os_map_new", hint, n);
	if (inject(exact ? "os_map_new(exact)" : "os_map_new", hint, n) ||
	    !may_take("os_map_new", n, n))
		return NULL;
	if (exact && refused_high(hint))
		return NULL;
	if (exact)
		flags |= MAP_FIXED_NOREPLACE;
	v = mmap(hint, n, PROT_READ | PROT_WRITE, flags, -1, 0);
	if (v == MAP_FAILED)
		return NULL;
	if (exact && v != hint) {
		munmap(v, n);
		return NULL;
	}
	range_add((uintptr_t)v, n, 1);
	took(n);
	data_now += n;
	return v;
}

int os_unused(void *v, size_t n)
{
	int fail = inject("os_unused", v, n);

	if (!aligned(v, n) || !covered((uintptr_t)v, n)) {
		problem("%s: %p + %zu is not mapped by the heap", "os_unused", v, n);
		_exit(98);
	}
	if (fail && os_fault.unused_can_fail)
		return -1;	/* the pages stay resident */
	os_fault.failed -= fail;
	return madvise(v, n, MADV_DONTNEED) == 0 ? 0 : -1;
}

/* Takes [a, b) out of range r (a page map freed from the end of its
 * metadata mapping, say): what is left either side stays held. */
static void range_cut(struct range *r, uintptr_t a, uintptr_t b)
{
	struct range above = *r;

	above.start = b;
	if (above.mapped_end < b)
		above.mapped_end = b;
	r->end = a;
	if (r->mapped_end > a)
		r->mapped_end = a;
	if (r->start == r->end)
		*r = ranges[--nranges];
	if (above.start < above.end) {
		range_add(above.start, above.end - above.start, 0);
		ranges[nranges - 1].mapped_end = above.mapped_end;
	}
}

void os_free(void *v, size_t n)
{
	uintptr_t a = (uintptr_t)v;
	struct range *r;

	os_fault.failed -= inject("os_free", v, n);
	r = range_of(a, n);
	if (!aligned(v, n) || !r) {
		problem("%s: %p + %zu is not held by the heap", "os_free", v, n);
		_exit(98);
	}
	munmap(v, n);
	os_fault.as_now -= n;
	if (r->mapped_end > a)	/* the mapped part, [start, mapped_end) */
		data_now -= (r->mapped_end < a + n ? r->mapped_end : a + n) - a;
	range_cut(r, a, a + n);
}

void os_limits(struct os_limits *l)
{
	limits_setup();
	l->as = os_fault.as_limit;
	l->data = os_fault.data_limit;
	/* as /proc/self/statm would: the heap's own mappings count too */
	l->as_used = os_fault.as_used + os_fault.as_now;
	l->data_used = os_fault.data_used + data_now;
	l->measured = 1;
}

unsigned long os_page_size(void)
{
	return (unsigned long)sysconf(_SC_PAGESIZE);
}

/* The fake address space has no program break of its own. */
uintptr_t os_break(void)
{
	return 0;
}

const char *os_unused_name(void)
{
	return "dontneed";
}

void os_yield(void)
{
	sched_yield();
}

/* The host runtime has no AT_RANDOM: the layout the harness sees is fixed. */
const unsigned char *os_layout_random(const char **why)
{
	*why = "no AT_RANDOM";
	return NULL;
}
