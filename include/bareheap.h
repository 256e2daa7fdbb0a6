/* What the runtime decided and did: for programs that want to show it. */
#ifndef _BAREHEAP_H
#define _BAREHEAP_H

#include <stddef.h>

struct bareheap_info {
	const char *arch;		/* "x86_64", "x86", "arm" */
	const char *platform;		/* "linux", or "bare": a board, no kernel */
	unsigned long page_size;
	const char *mode;		/* "high", "low", "fallback" or "none" */
	unsigned long base;		/* where the (first) arena window starts */
	unsigned long long size;	/* bytes it may grow to */
	unsigned long long reserved;	/* bytes reserved up front (low scheme) */
	unsigned long long limit;	/* tighter of RLIMIT_AS/RLIMIT_DATA; ~0: none */
	unsigned long long footprint;	/* what the program used before the heap */
	unsigned long long room;	/* limit - footprint; ~0: no limit */
	const char *unused;		/* how memory goes back: "dontneed", "free" */
	const char *layout;		/* "random", or why the addresses are
					   fixed: "MM_ASLR off",
					   "ADDR_NO_RANDOMIZE", "no AT_RANDOM",
					   "no entropy on a board" */
	/* statistics, in bytes: arena mapped; in live blocks; free and
	 * possibly resident, pending release; free and not resident (handed
	 * back, or never touched); the most ever in use by spans */
	size_t mapped, in_use, pending, released, peak;
};

/* Fills *info; the heap must be linked in (any use of malloc does it). */
void bareheap_info(struct bareheap_info *info);

#endif
