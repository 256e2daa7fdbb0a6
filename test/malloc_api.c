/* The malloc family's edge cases: alignment, usable size, realloc keeping
 * contents, calloc zeroing (also of reused and released memory), errors. */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

/* The impossible sizes and the use after a failed realloc are the point. */
#pragma GCC diagnostic ignored "-Walloc-size-larger-than="
#pragma GCC diagnostic ignored "-Wuse-after-free"

static int aligned_to(const void *p, size_t a)
{
	return ((uintptr_t)p & (a - 1)) == 0;
}

static int all_bytes(const unsigned char *p, size_t n, unsigned char v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != v)
			return 0;
	return 1;
}

static void test_malloc(void)
{
	static const size_t sizes[] = { 0, 1, 15, 16, 17, 127, 128, 129, 1000,
		1024, 1025, 4095, 4096, 4097, 32767, 32768, 32769, 65536,
		100000, 1 << 20, (1 << 20) + 1, 5 << 20 };
	void *p[sizeof(sizes) / sizeof(sizes[0])], *q;
	unsigned int i;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		p[i] = malloc(sizes[i]);
		CHECK(p[i] != NULL);
		CHECK(aligned_to(p[i], 16));
		CHECK(malloc_usable_size(p[i]) >= sizes[i]);
		memset(p[i], 0xab, sizes[i]);
	}
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		CHECK(all_bytes(p[i], sizes[i], 0xab));
	CHECK(p[0] != p[1]);		/* malloc(0) is unique */
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		free(p[i]);
	free(NULL);
	CHECK_INT(malloc_check(), 0);

	errno = 0;
	CHECK(malloc(SIZE_MAX) == NULL);
	CHECK_INT(errno, ENOMEM);
	CHECK(malloc(SIZE_MAX / 2 + 1) == NULL);
	CHECK(malloc(SIZE_MAX - 4096) == NULL);
	q = malloc(100);
	CHECK(q != NULL);
	free(q);
	CHECK(malloc_usable_size(NULL) == 0);
}

static void test_calloc(void)
{
	unsigned char *p;
	size_t n;

	/* Reused small memory must come back zeroed. */
	p = malloc(200);
	memset(p, 0xff, 200);
	free(p);
	p = calloc(10, 20);
	CHECK(p != NULL && all_bytes(p, 200, 0));
	free(p);

	/* Reused large memory, resident and released. */
	for (n = 40000; n <= (8 << 20); n *= 4) {
		p = malloc(n);
		memset(p, 0xee, n);
		free(p);
		p = calloc(1, n);
		CHECK(p != NULL && all_bytes(p, n, 0));
		memset(p, 0xdd, n);
		free(p);
	}
	p = malloc(64 << 20);		/* pushes the freed runs out */
	free(p);
	p = calloc(4, 2 << 20);
	CHECK(p != NULL && all_bytes(p, 8 << 20, 0));
	free(p);

	errno = 0;
	CHECK(calloc(SIZE_MAX / 2, 3) == NULL);
	CHECK_INT(errno, ENOMEM);
	CHECK(calloc((size_t)1 << (sizeof(size_t) * 4), (size_t)1 << (sizeof(size_t) * 4)) == NULL);
	p = calloc(0, 5);
	CHECK(p != NULL);
	free(p);
}

static void test_realloc(void)
{
	unsigned char *p, *q;
	size_t n, i;

	p = realloc(NULL, 10);
	CHECK(p != NULL);
	for (i = 0; i < 10; i++)
		p[i] = (unsigned char)i;
	/* grow through every range, keeping the contents */
	for (n = 10; n < (3 << 20); n = n * 3 + 1) {
		q = realloc(p, n * 3 + 1);
		CHECK(q != NULL);
		if (!q)
			break;
		p = q;
		for (i = 0; i < 10; i++)
			if (p[i] != i)
				break;
		CHECK_UINT(i, 10);
		memset(p + 10, 0x77, n * 3 + 1 - 10);
	}
	/* shrink back down */
	for (; n > 10; n /= 5) {
		p = realloc(p, n);
		CHECK(p != NULL && p[0] == 0 && p[9] == 9 && p[10] == 0x77);
		CHECK(malloc_usable_size(p) >= n);
	}
	/* realloc(p, 0): a unique minimal block, never an error */
	q = realloc(p, 0);
	CHECK(q != NULL);
	free(q);

	errno = 0;
	p = malloc(100);
	CHECK(realloc(p, SIZE_MAX) == NULL);
	CHECK_INT(errno, ENOMEM);
	p[99] = 1;			/* still ours after the failure */
	CHECK(reallocarray(p, SIZE_MAX / 2, 3) == NULL);
	q = reallocarray(p, 10, 30);
	CHECK(q != NULL && q[99] == 1);
	free(q);
	CHECK_INT(malloc_check(), 0);
}

static void test_aligned(void)
{
	size_t a, n;
	void *p;
	int r;

	for (a = 1; a <= (1 << 20); a *= 2) {
		for (n = 1; n < (1 << 18); n = n * 7 + 3) {
			p = aligned_alloc(a, n);
			CHECK(p != NULL && aligned_to(p, a < 16 ? 16 : a));
			CHECK(malloc_usable_size(p) >= n);
			memset(p, 1, n);
			free(p);
		}
		r = posix_memalign(&p, a < sizeof(void *) ? sizeof(void *) : a, 100);
		CHECK_INT(r, 0);
		CHECK(aligned_to(p, a));
		free(p);
		p = memalign(a, 5000);
		CHECK(p != NULL && aligned_to(p, a));
		free(p);
	}
	errno = 0;
	CHECK(aligned_alloc(24, 100) == NULL);
	CHECK_INT(errno, EINVAL);
	CHECK(aligned_alloc(0, 100) == NULL);
	CHECK_INT(posix_memalign(&p, 2, 100), EINVAL);	/* < sizeof(void *) */
	CHECK_INT(posix_memalign(&p, 48, 100), EINVAL);
	CHECK_INT(posix_memalign(&p, 64, SIZE_MAX), ENOMEM);
	CHECK(aligned_alloc(4096, SIZE_MAX - 100) == NULL);
	CHECK_INT(malloc_check(), 0);
}

int main(void)
{
	test_malloc();
	test_calloc();
	test_realloc();
	test_aligned();
	CHECK_INT(malloc_check(), 0);
	return check_done();
}
