/*
 * The host test harnesses' view of bareheap's mm/: the public API under
 * the bh_ names it is compiled with on the host (scripts/host-tests passes
 * -Dmalloc=bh_malloc and so on to the mm sources, so glibc's malloc stays
 * the process's own), and the controls of the test OS backend (test/host/os_fault.c).
 */
#ifndef TEST_HOST_BH_H
#define TEST_HOST_BH_H

#include <stddef.h>
#include <stdint.h>

void mm_init(void);
void *bh_malloc(size_t n);
void bh_free(void *p);
void *bh_calloc(size_t nmemb, size_t size);
void *bh_realloc(void *p, size_t n);
void *bh_reallocarray(void *p, size_t nmemb, size_t size);
void *bh_aligned_alloc(size_t align, size_t n);
int bh_posix_memalign(void **out, size_t align, size_t n);
void *bh_memalign(size_t align, size_t n);
size_t bh_malloc_usable_size(void *p);
void bh_malloc_stats(void);
int bh_malloc_trim(size_t pad);
int bh_malloc_check(void);

/* ---- the test OS backend ---- */

struct os_fault {
	/* Fault injection: the fail_at'th counted call fails (1-based; 0:
	 * none); with sticky, every counted call from then on fails too.
	 * Counted: os_reserve, os_map, os_map_new (these can fail) and
	 * os_unused, os_free (these cannot, unless unused_can_fail). */
	long fail_at;
	int sticky;
	/* The fail_at'th call, if it is os_unused, leaves the pages resident
	 * and returns -1, as os.h allows. */
	int unused_can_fail;
	/* Refuse an address range, as a kernel with a small address space
	 * would: exact mappings that start in [refuse_from, refuse_to)
	 * fail. */
	uintptr_t refuse_from, refuse_to;
	/* A letter a counted call, in order (r reserve, m map, n map_new,
	 * x map_new exact, u unused, f free), when trace is set. */
	char *trace;
	size_t trace_cap;
	/* Pretend limits for os_limits (UINT64_MAX: none) and use. */
	uint64_t as_limit, data_limit, as_used, data_used;
	/* Results. */
	long calls;		/* counted calls so far */
	long failed;		/* calls made to fail */
	uint64_t as_now, as_peak;	/* address space the heap holds */
	uint64_t budget;	/* limit - used - margin, UINT64_MAX: none */
	uint64_t hard;		/* limit - used: what the "kernel" allows */
	long over_budget;	/* asks that would pass budget (margin eaten) */
	long over_hard;		/* asks that would pass limit - used: refused */
	uint64_t worst_ask;	/* as_now + n of the worst such ask */
	const char *worst_op;
	char last_op[96];	/* the most recent counted call, for reports */
};
extern struct os_fault os_fault;

#endif
