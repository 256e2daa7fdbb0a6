/*
 * The memory and string functions at the edges of readable memory: blocks
 * that end right at a page followed by a PROT_NONE page, or start right
 * after one, so that a read past either end faults. Every alignment of
 * source and destination and every length up to 300, a few large ones,
 * overlapping moves both ways, and memcmp's sign (bytes compare as
 * unsigned) for a difference at every place. The expected answers come
 * from the patterns the buffers are filled with, not from another copy.
 */
#define _GNU_SOURCE	/* strchrnul */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

#pragma GCC diagnostic ignored "-Wstringop-overread"

#define MAXN	300
#define BIG	(3 * 4096 + 5)	/* several pages, past the bulk threshold */

static size_t page;
/* Two readable regions of RUN bytes, each between PROT_NONE pages. */
static unsigned char *run_a, *run_b;
static size_t run;

static unsigned char *guarded(void)
{
	unsigned char *m = mmap(NULL, run + 2 * page, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED) {
		printf("FAIL mmap of %zu bytes failed\n", run + 2 * page);
		exit(1);
	}
	if (mprotect(m, page, PROT_NONE) != 0 ||
	    mprotect(m + page + run, page, PROT_NONE) != 0) {
		printf("FAIL mprotect PROT_NONE failed\n");
		exit(1);
	}
	return m + page;
}

static unsigned char pat(size_t i, unsigned salt)
{
	return (unsigned char)(i * 131 + salt * 7 + (i >> 8) + 1);
}

static void fill(unsigned char *p, size_t n, unsigned salt)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = pat(i, salt);
}

/* The lengths tried: every one up to MAXN, then a few large ones. */
static size_t next_len(size_t n)
{
	if (n < MAXN)
		return n + 1;
	if (n == MAXN)
		return 511;
	if (n == 511)
		return 4096;
	if (n == 4096)
		return BIG;
	return 0;
}

/* memcpy and memmove (not overlapping) with the source at either end of a
 * guarded region and the destination at the other end of the other one;
 * every alignment of each (the offset from the region's edge). */
static void test_copy(void)
{
	size_t n, sa, da, i;
	int bad = 0, bad_ret = 0, bad_guard = 0;

	fill(run_a, run, 1);
	memset(run_b, 0xee, run);
	for (n = 0;; n = next_len(n)) {
		size_t al = n <= MAXN ? 16 : 4;

		for (sa = 0; sa < al; sa++)
			for (da = 0; da < al; da++) {
				int which;

				for (which = 0; which < 4; which++) {
					/* which: bit 0 source at the region's
					 * end (else its start), bit 1 memmove */
					unsigned char *s = which & 1 ? run_a + run - n - sa : run_a + sa;
					unsigned char *d = which & 1 ? run_b + da : run_b + run - n - da;
					unsigned char *lo = d - run_b >= 32 ? d - 32 : run_b;
					unsigned char *hi = run_b + run - (d + n) >= 32 ? d + n + 32 : run_b + run;
					void *r;

					r = which & 2 ? memmove(d, s, n) : memcpy(d, s, n);
					if (r != d)
						bad_ret++;
					for (i = 0; i < n; i++)
						if (d[i] != pat((size_t)(s - run_a) + i, 1)) {
							bad++;
							break;
						}
					for (; lo < hi; lo++) {
						if ((lo < d || lo >= d + n) && *lo != 0xee)
							bad_guard++;
						*lo = 0xee;
					}
				}
			}
		if (n == BIG)
			break;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(bad_ret, 0);
	CHECK_INT(bad_guard, 0);
}

/* Overlapping memmove both ways, at both ends of a guarded region. */
static void test_overlap(void)
{
	size_t n, i;
	long dist;
	int bad = 0;

	fill(run_a, run, 2);
	for (n = 1;; n = next_len(n)) {
		for (dist = -19; dist <= 19; dist++) {
			size_t shifts = n <= MAXN ? 8 : 2, sh;
			size_t span = n + (size_t)labs(dist);

			if (dist == 0)
				continue;
			for (sh = 0; sh < shifts; sh++) {
				int end;

				for (end = 0; end < 2; end++) {
					/* the pair within [lo, lo + span), at
					 * the start or the end of the region */
					unsigned char *lo = end ? run_a + run - span - sh : run_a + sh;
					unsigned char *s = dist > 0 ? lo : lo - dist;
					unsigned char *d = s + dist;
					size_t base = (size_t)(s - run_a);
					size_t from = (size_t)(lo - run_a) >= 32 ? (size_t)(lo - run_a) - 32 : 0;
					size_t to = (size_t)(lo - run_a) + span + 32 <= run ? (size_t)(lo - run_a) + span + 32 : run;

					memmove(d, s, n);
					for (i = 0; i < n; i++)
						if (d[i] != pat(base + i, 2)) {
							bad++;
							break;
						}
					for (i = from; i < to; i++) {
						if ((run_a + i < d || run_a + i >= d + n) &&
						    run_a[i] != pat(i, 2))
							bad++;
						run_a[i] = pat(i, 2);
					}
				}
			}
		}
		if (n == BIG)
			break;
	}
	CHECK_INT(bad, 0);
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/* memcmp of equal blocks at the guarded ends, then with one byte changed
 * at each place, both up and down across 0x80 (unsigned order). */
static void test_memcmp(void)
{
	size_t n, pa, qa, at;
	int bad_eq = 0, bad_sign = 0;

	for (n = 0;; n = next_len(n)) {
		size_t al = n <= 64 ? 8 : 3;

		for (pa = 0; pa < al; pa++)
			for (qa = 0; qa < al; qa++) {
				unsigned char *p = run_a + run - n - pa;
				unsigned char *q = qa & 1 ? run_b + qa : run_b + run - n - qa;
				size_t step = n <= 64 ? 1 : n / 37 + 1;

				fill(p, n, 3);
				fill(q, n, 3);
				if (memcmp(p, q, n) != 0)
					bad_eq++;
				for (at = 0; at < n; at = at + step < n || at == n - 1 ? at + step : n - 1) {
					unsigned char keep = q[at];

					p[at] = 0x7f;
					q[at] = 0x80;
					if (sign(memcmp(p, q, n)) != -1 ||
					    sign(memcmp(q, p, n)) != 1)
						bad_sign++;
					p[at] = 0x01;
					q[at] = 0xff;
					if (sign(memcmp(p, q, n)) != -1 ||
					    sign(memcmp(q, p, n)) != 1)
						bad_sign++;
					/* a later difference the other way must
					 * not count */
					if (at + 1 < n) {
						p[n - 1] = 0xff;
						q[n - 1] = 0x00;
						if (sign(memcmp(p, q, n)) != -1)
							bad_sign++;
						p[n - 1] = q[n - 1] = pat(n - 1, 3);
					}
					p[at] = q[at] = keep;
				}
			}
		if (n == BIG)
			break;
	}
	CHECK_INT(bad_eq, 0);
	CHECK_INT(bad_sign, 0);
	CHECK(memcmp("\x80", "\x7f", 1) > 0);
	CHECK(memcmp("abc", "abd", 0) == 0);
}

/* memset at both ends of a guarded region, every alignment. */
static void test_memset(void)
{
	size_t n, a;
	int bad = 0;

	memset(run_b, 0xee, run);
	for (n = 0;; n = next_len(n)) {
		for (a = 0; a < 16; a++) {
			int end;

			for (end = 0; end < 2; end++) {
				unsigned char *d = end ? run_b + run - n - a : run_b + a;
				unsigned char *lo = d - run_b >= 32 ? d - 32 : run_b;
				unsigned char *hi = run_b + run - (d + n) >= 32 ? d + n + 32 : run_b + run;

				memset(d, 0x1a5, n);
				for (; lo < hi; lo++) {
					if (*lo != (lo >= d && lo < d + n ? 0xa5 : 0xee))
						bad++;
					*lo = 0xee;
				}
			}
		}
		if (n == BIG)
			break;
	}
	CHECK_INT(bad, 0);
}

/* strlen, strchr, strchrnul and memchr on strings whose terminator is the
 * last byte before the PROT_NONE page, and memchr on blocks that end there. */
static void test_scan(void)
{
	size_t len, i;
	int bad = 0;

	for (len = 0; len <= MAXN; len++) {
		char *s = (char *)run_a + run - len - 1;
		unsigned char *m = run_a + run - len;

		memset(run_a, 'x', run);
		for (i = 0; i < len; i++)
			s[i] = (char)(0x81 + i % 100);	/* never 'x', never 0 */
		s[len] = 0;
		if (strlen(s) != len)
			bad++;
		if (strchr(s, 'x') != NULL || strchrnul(s, 'x') != s + len)
			bad++;
		if (strchr(s, 0) != s + len)
			bad++;
		if (len && (strchr(s, s[len - 1]) != s + (len - 1 < 100 ? len - 1 : (len - 1) % 100) ||
			    strchr(s, (unsigned char)s[0]) != s))
			bad++;
		/* memchr: absent, then at each end */
		for (i = 0; i < len; i++)
			m[i] = (unsigned char)(0x81 + i % 100);
		if (memchr(m, 'x', len) != NULL || memchr(m, 0, len) != NULL)
			bad++;
		if (len && (memchr(m, m[len - 1] + 0x100, len) != m + (len - 1) % 100 ||
			    memchr(m, m[0], len) != m))
			bad++;
		if (len > 1 && memchr(m + 1, 0x81, len - 1) != (len > 100 ? m + 100 : NULL))
			bad++;
	}
	CHECK_INT(bad, 0);
	/* memchr stops at n even when the byte follows */
	memset(run_a, 'a', 16);
	run_a[8] = 'b';
	CHECK(memchr(run_a, 'b', 8) == NULL);
	CHECK(memchr(run_a, 'b', 9) == run_a + 8);
}

int main(void)
{
	page = (size_t)sysconf(_SC_PAGESIZE);
	run = (BIG + 64 + page - 1) / page * page;
	run_a = guarded();
	run_b = guarded();
	test_copy();
	test_overlap();
	test_memcmp();
	test_memset();
	test_scan();
	return check_done();
}
