/*
 * libFuzzer target for mm/ on the host (scripts/host-tests fuzz SECONDS):
 * the input is a program of heap operations on up to SLOTS live blocks,
 * run against a shadow model. Every block holds a pattern derived from its
 * slot and generation, verified before it is freed or resized; realloc must
 * keep the common prefix, calloc memory must read zero, every pointer must
 * be aligned (16, or as asked), malloc_usable_size must cover the request
 * (and the whole usable size is written, so an overlap shows up in another
 * block's pattern), failures must say ENOMEM, and the heap checker runs
 * every few operations and after every input. Blocks still live at the end
 * of an input are freed, so inputs run one after another on one heap.
 *
 * Each operation: an opcode byte, a slot byte, then size bytes as the
 * opcode needs them. Sizes favour small ones but reach a few MiB; a rare
 * class asks for impossible sizes, which must fail cleanly.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test/host/bh.h"

#define SLOTS		64
#define BIG_MAX		(4UL << 20)
#define PATTERN_LEN	(BIG_MAX + 2 * 65536 + 65536)

struct slot {
	unsigned char *p;
	size_t n;		/* bytes holding the pattern */
	unsigned int off;	/* where in the pattern they start */
};

static struct slot slots[SLOTS];
static unsigned char *pattern;
static unsigned int generation;

struct input {
	const uint8_t *p;
	size_t left;
};

static unsigned int byte(struct input *in)
{
	if (!in->left)
		return 0;
	in->left--;
	return *in->p++;
}

static size_t bytes(struct input *in, int n)
{
	size_t v = 0;

	while (n--)
		v = v << 8 | byte(in);
	return v;
}

static size_t size_of(struct input *in)
{
	unsigned int c = byte(in);

	if (c < 128)			/* 0 .. 127 */
		return c;
	if (c < 192)			/* up to 4 KiB */
		return bytes(in, 2) % 4097;
	if (c < 232)			/* up to 64 KiB, around SMALL_MAX */
		return bytes(in, 2) + (c & 1);
	if (c < 252)			/* up to BIG_MAX */
		return bytes(in, 3) % (BIG_MAX + 1);
	switch (c) {			/* impossible, or nearly */
	case 252: return SIZE_MAX;
	case 253: return (size_t)PTRDIFF_MAX;
	case 254: return (size_t)PTRDIFF_MAX - 4095;
	default:  return (size_t)1 << (40 + byte(in) % 23);
	}
}

__attribute__((noreturn, format(printf, 1, 2)))
static void bug(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "bareheap-fuzz: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	abort();
}

static void fill(struct slot *s, size_t from)
{
	if (s->n > from)
		memcpy(s->p + from, pattern + s->off + from, s->n - from);
}

static void verify(struct slot *s, size_t n, const char *when)
{
	size_t i;

	if (n > s->n)
		n = s->n;
	if (!memcmp(s->p, pattern + s->off, n))
		return;
	for (i = 0; s->p[i] == pattern[s->off + i]; i++)
		;
	bug("block %p of %zu bytes %s: byte %zu is %#x, want %#x",
	    (void *)s->p, s->n, when, i, s->p[i], pattern[s->off + i]);
}

static void check(const char *when)
{
	if (bh_malloc_check() != 0)
		bug("heap check failed %s", when);
}

static int huge(size_t n)
{
	return n > BIG_MAX;
}

/* A new block in s: checks it, fills it (if not huge: then frees it). */
static void got(struct slot *s, void *p, size_t n, size_t align, int zero,
		const char *op)
{
	size_t usable, i;

	if (!p) {
		if (errno != ENOMEM)
			bug("%s(%zu) failed with errno %d, not ENOMEM", op, n, errno);
		if (!huge(n))	/* the heap may be full, but check it */
			check("after a failed allocation");
		return;
	}
	if ((uintptr_t)p % (align > 16 ? align : 16))
		bug("%s(%zu) = %p: not aligned to %zu", op, n, p,
		    align > 16 ? align : 16);
	usable = bh_malloc_usable_size(p);
	if (usable < n)
		bug("%s(%zu) = %p: usable size %zu", op, n, p, usable);
	if (huge(n)) {		/* a block we cannot fill: touch its ends */
		((unsigned char *)p)[0] = 1;
		((unsigned char *)p)[n - 1] = 1;
		bh_free(p);
		return;
	}
	if (zero)
		for (i = 0; i < n; i++)
			if (((unsigned char *)p)[i])
				bug("calloc(%zu) = %p: byte %zu is %#x", n, p, i,
				    ((unsigned char *)p)[i]);
	s->p = p;
	s->n = n;
	s->off = (generation++ * 4099u + (unsigned int)(s - slots) * 131u) % 65536;
	fill(s, 0);
}

static void drop(struct slot *s)
{
	if (!s->p)
		return;
	verify(s, s->n, "before free");
	bh_free(s->p);
	s->p = NULL;
}

static void step(struct input *in)
{
	unsigned int op = byte(in), a;
	struct slot *s = &slots[byte(in) % SLOTS];
	size_t n, m, keep, align;
	void *p;
	int err;

	switch (op % 10) {
	case 0:
	case 1:
		drop(s);
		n = size_of(in);
		errno = 0;
		got(s, bh_malloc(n), n, 16, 0, "malloc");
		break;
	case 2:
		drop(s);
		n = size_of(in);
		m = 1 + byte(in) % 16;
		errno = 0;
		p = bh_calloc(m, n);
		if (n && m > SIZE_MAX / n) {
			if (p || errno != ENOMEM)
				bug("calloc(%zu, %zu) overflows, yet %p", m, n, p);
			break;
		}
		got(s, p, m * n, 16, 1, "calloc");
		break;
	case 3:
	case 4:
		n = size_of(in);
		if (s->p)
			verify(s, s->n, "before realloc");
		errno = 0;
		p = bh_realloc(s->p, n);
		if (!p) {
			err = errno;
			if (err != ENOMEM)
				bug("realloc(%zu) failed with errno %d", n, err);
			if (s->p)
				verify(s, s->n, "after a failed realloc");
			break;
		}
		if ((uintptr_t)p % 16 || bh_malloc_usable_size(p) < n)
			bug("realloc(%zu) = %p: misaligned or short", n, p);
		if (huge(n)) {
			if (s->p)	/* the prefix, then let it go */
				if (memcmp(p, pattern + s->off, s->n))
					bug("realloc to %zu lost the contents", n);
			bh_free(p);
			s->p = NULL;
			break;
		}
		if (!s->p)
			s->off = (generation++ * 4099u) % 65536;
		keep = s->p ? (s->n < n ? s->n : n) : 0;
		s->p = p;
		s->n = keep;
		verify(s, keep, "after realloc");
		s->n = n;
		fill(s, keep);
		break;
	case 5:
	case 6:
		drop(s);
		break;
	case 7:
		drop(s);
		a = byte(in);
		align = (size_t)1 << (a % 24);		/* 1 .. 8 MiB */
		if (a >= 240)
			align = a == 255 ? 0 : align + 8;	/* invalid */
		n = size_of(in);
		errno = 0;
		switch (a % 3) {
		case 0:
			p = bh_aligned_alloc(align, n);
			err = p ? 0 : errno;
			break;
		case 1:
			p = bh_memalign(align, n);
			err = p ? 0 : errno;
			break;
		default:
			p = NULL;
			err = bh_posix_memalign(&p, align, n);
			if (!err && !p)
				bug("posix_memalign returned 0 and NULL");
			if (err && errno)
				bug("posix_memalign changed errno");
			if (align < sizeof(void *) && !err)
				bug("posix_memalign took alignment %zu", align);
			if (align < sizeof(void *) || (align & (align - 1))) {
				if (err != EINVAL)
					bug("posix_memalign(%zu): %d, not EINVAL",
					    align, err);
				return;
			}
			break;
		}
		if (!align || (align & (align - 1))) {
			if (p || err != EINVAL)
				bug("aligned(%zu) not refused with EINVAL", align);
			return;
		}
		errno = err;
		got(s, p, n, align, 0, "aligned");
		break;
	case 8:		/* write the whole usable size */
		if (!s->p)
			break;
		verify(s, s->n, "before using the usable size");
		n = bh_malloc_usable_size(s->p);
		if (n < s->n)
			bug("usable size %zu below %zu", n, s->n);
		if (n <= BIG_MAX + 65536) {
			keep = s->n;
			s->n = n;
			fill(s, keep);
		}
		break;
	default:
		check("on request");
		break;
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	unsigned int x = 2463534242u;
	size_t i;

	mm_init();
	pattern = malloc(PATTERN_LEN);
	for (i = 0; i < PATTERN_LEN; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		pattern[i] = (unsigned char)x;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in = { data, size };
	unsigned int ops = 0, i;

	generation = 0;
	while (in.left) {
		step(&in);
		if (++ops % 32 == 0)
			check("every 32 operations");
	}
	for (i = 0; i < SLOTS; i++)
		drop(&slots[i]);
	check("after freeing everything");
	return 0;
}
