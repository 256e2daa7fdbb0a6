/* Word-at-a-time types and bit tricks shared by the memory and string functions. */
#ifndef LIB_WORD_H
#define LIB_WORD_H

#include <stddef.h>
#include <stdint.h>

/* A machine word that may alias any object (the loops read char arrays). */
typedef unsigned long __attribute__((__may_alias__)) bh_word;

/*
 * Whether a word load from any address is allowed and fast: on x86, and
 * on aarch64 unless the build says -mstrict-align (bare boards, whose
 * memory without the MMU takes no unaligned access). 32-bit ARM and
 * riscv64 need aligned words.
 */
#if defined(__i386__) || defined(__x86_64__) || \
	(defined(__aarch64__) && defined(__ARM_FEATURE_UNALIGNED))
#define BH_UNALIGNED_OK 1
typedef unsigned long __attribute__((__may_alias__, __aligned__(1))) bh_uword;
typedef uint32_t __attribute__((__may_alias__, __aligned__(1))) bh_u32;
#else
#define BH_UNALIGNED_OK 0
typedef bh_word bh_uword;
#endif

#define BH_WSIZE	sizeof(bh_word)
#define BH_WMASK	(BH_WSIZE - 1)
#define BH_ONES		((bh_word)-1 / 0xff)		/* 0x0101...01 */
#define BH_HIGHS	(BH_ONES * 0x80)		/* 0x8080...80 */
/* Nonzero when some byte of w is zero. */
#define BH_HAS_ZERO(w)	(((w) - BH_ONES) & ~(w) & BH_HIGHS)

static inline int bh_misaligned(const void *p)
{
	return ((uintptr_t)p & BH_WMASK) != 0;
}

/*
 * The first byte of s that is c or the terminator. Reads aligned words
 * after a head of bytes: an aligned word never crosses into the next
 * page, so reading past the terminator within its word is harmless.
 */
static inline const char *bh_find_or_nul(const char *s, int c)
{
	char ch = (char)c;
	bh_word rep = BH_ONES * (unsigned char)c;
	const bh_word *w;

	for (; bh_misaligned(s); s++)
		if (*s == ch || !*s)
			return s;
	for (w = (const bh_word *)s; !BH_HAS_ZERO(*w) && !BH_HAS_ZERO(*w ^ rep); w++)
		;
	for (s = (const char *)w; *s != ch && *s; s++)
		;
	return s;
}

/*
 * Bulk fills and copies. On x86 the string instructions (rep stosb and
 * rep movsb) move whole cache lines once they get going, several times
 * the speed of a word loop, but cost a few dozen cycles to start: they
 * take over from BH_BULK_MIN bytes. Elsewhere the word loops do all of it.
 * Both return 0 when they did nothing, so the caller runs its loop.
 */
#define BH_BULK_MIN	256

static inline int bh_bulk_fill(unsigned char *d, unsigned char b, size_t n)
{
#if defined(__i386__) || defined(__x86_64__)
	if (n >= BH_BULK_MIN) {
		__asm__ volatile("rep stosb"
				 : "+D"(d), "+c"(n)
				 : "a"(b)
				 : "memory");
		return 1;
	}
#endif
	(void)d, (void)b, (void)n;
	return 0;
}

/* A forward copy: right for memcpy, and for memmove when d lies below s
 * (the instruction behaves as a byte loop upwards, as the word loop
 * does). */
static inline int bh_bulk_copy(unsigned char *d, const unsigned char *s,
			       size_t n)
{
#if defined(__i386__) || defined(__x86_64__)
	if (n >= BH_BULK_MIN) {
		__asm__ volatile("rep movsb"
				 : "+D"(d), "+S"(s), "+c"(n)
				 :
				 : "memory");
		return 1;
	}
#endif
	(void)d, (void)s, (void)n;
	return 0;
}

/* Four words from sw to dw, all loaded before any is stored: right for an
 * overlapping move either way, as long as the groups go in its direction. */
static inline void bh_copy4(bh_word *dw, const bh_uword *sw)
{
	bh_word a = sw[0], b = sw[1], c = sw[2], e = sw[3];

	dw[0] = a;
	dw[1] = b;
	dw[2] = c;
	dw[3] = e;
}

#if BH_UNALIGNED_OK
#if defined(__x86_64__) && defined(__SSE2__)
/* Every x86_64 has SSE2: copies of up to 64 bytes go in one step. */
typedef char bh_v16 __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));
#define BH_SMALL_V16	1
#define BH_SMALL_MAX	64
#else
#define BH_SMALL_MAX	(4 * BH_WSIZE)
#endif

/*
 * Copies n <= BH_SMALL_MAX bytes with words that may overlap one another
 * (the first and last of them end at the ends of the block). Every byte is loaded
 * before any is stored, so any overlap of dst and src is safe: memmove
 * uses it both ways.
 */
static inline void bh_copy_small(unsigned char *d, const unsigned char *s,
				 size_t n)
{
#ifdef BH_SMALL_V16
	if (n > 2 * 16) {	/* up to 64: four SSE2 loads, as with words */
		bh_v16 a = *(const bh_v16 *)s;
		bh_v16 b = *(const bh_v16 *)(s + 16);
		bh_v16 c = *(const bh_v16 *)(s + n - 32);
		bh_v16 e = *(const bh_v16 *)(s + n - 16);

		*(bh_v16 *)d = a;
		*(bh_v16 *)(d + 16) = b;
		*(bh_v16 *)(d + n - 32) = c;
		*(bh_v16 *)(d + n - 16) = e;
		return;
	}
#endif
	if (n >= 2 * BH_WSIZE) {
		bh_word a = *(const bh_uword *)s;
		bh_word b = *(const bh_uword *)(s + BH_WSIZE);
		bh_word c = *(const bh_uword *)(s + n - 2 * BH_WSIZE);
		bh_word e = *(const bh_uword *)(s + n - BH_WSIZE);

		*(bh_uword *)d = a;
		*(bh_uword *)(d + BH_WSIZE) = b;
		*(bh_uword *)(d + n - 2 * BH_WSIZE) = c;
		*(bh_uword *)(d + n - BH_WSIZE) = e;
	} else if (n >= BH_WSIZE) {
		bh_word a = *(const bh_uword *)s;
		bh_word e = *(const bh_uword *)(s + n - BH_WSIZE);

		*(bh_uword *)d = a;
		*(bh_uword *)(d + n - BH_WSIZE) = e;
	} else if (BH_WSIZE > 4 && n >= 4) {
		uint32_t a = *(const bh_u32 *)s, e = *(const bh_u32 *)(s + n - 4);

		*(bh_u32 *)d = a;
		*(bh_u32 *)(d + n - 4) = e;
	} else if (n) {
		unsigned char a = s[0], b = s[n / 2], e = s[n - 1];

		d[0] = a;
		d[n / 2] = b;
		d[n - 1] = e;
	}
}

/*
 * Copies n bytes upwards, safe when dst lies below an overlapping src
 * (memmove's forward case). Blocks of up to BH_SMALL_MAX go in one step;
 * longer ones load their first and last words before anything is
 * stored, copy the words between them to an aligned dst, each group of
 * four loaded before any is stored, and store the two end words last.
 */
static inline void bh_copy_up(unsigned char *d, const unsigned char *s,
			      size_t n)
{
	bh_word head, tail;
	bh_word *dw;
	const bh_uword *sw;
	size_t k;

	if (n <= BH_SMALL_MAX) {
		bh_copy_small(d, s, n);
		return;
	}
	if (bh_bulk_copy(d, s, n))
		return;
	head = *(const bh_uword *)s;
	tail = *(const bh_uword *)(s + n - BH_WSIZE);
	k = -(uintptr_t)d & BH_WMASK;	/* bytes to dst's next word */
	dw = (bh_word *)(d + k);
	sw = (const bh_uword *)(s + k);
	/* the words wholly before the tail word */
	for (n -= k; n >= 4 * BH_WSIZE + BH_WSIZE; n -= 4 * BH_WSIZE) {
		bh_copy4(dw, sw);
		dw += 4;
		sw += 4;
	}
	for (; n > BH_WSIZE; n -= BH_WSIZE)
		*dw++ = *sw++;
	*(bh_uword *)((unsigned char *)dw + n - BH_WSIZE) = tail;
	*(bh_uword *)d = head;
}
#else
/*
 * Copies n bytes upwards, four words at a time where dst and src share
 * their alignment. Each group of words is loaded before any is stored,
 * so it is also safe when dst lies below an overlapping src (memmove's
 * forward case).
 */
static inline void bh_copy_up(unsigned char *d, const unsigned char *s,
			      size_t n)
{
	if (n >= 2 * BH_WSIZE) {
		while (bh_misaligned(d)) {
			*d++ = *s++;
			n--;
		}
		if (!bh_misaligned(s)) {
			bh_word *dw = (bh_word *)d;
			const bh_uword *sw = (const bh_uword *)s;

			for (; n >= 4 * BH_WSIZE; n -= 4 * BH_WSIZE) {
				bh_copy4(dw, sw);
				dw += 4;
				sw += 4;
			}
			for (; n >= BH_WSIZE; n -= BH_WSIZE)
				*dw++ = *sw++;
			d = (unsigned char *)dw;
			s = (const unsigned char *)sw;
		}
	}
	while (n--)
		*d++ = *s++;
}
#endif

#endif
