/* Word-at-a-time types and bit tricks shared by the memory and string functions. */
#ifndef LIB_WORD_H
#define LIB_WORD_H

#include <stddef.h>
#include <stdint.h>

/* A machine word that may alias any object (the loops read char arrays). */
typedef unsigned long __attribute__((__may_alias__)) bh_word;

#if defined(__i386__) || defined(__x86_64__)
/* x86 loads unaligned words at full speed; ARM needs aligned access. */
#define BH_UNALIGNED_OK 1
typedef unsigned long __attribute__((__may_alias__, __aligned__(1))) bh_uword;
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

/*
 * Copies n bytes upwards, four words at a time where the alignment allows
 * (any source alignment on x86, matching alignment elsewhere). Each group
 * of words is loaded before any is stored, so it is also safe when dst
 * lies below an overlapping src (memmove's forward case).
 */
static inline void bh_copy_up(unsigned char *d, const unsigned char *s,
			      size_t n)
{
	if (bh_bulk_copy(d, s, n))
		return;
	if (n >= 2 * BH_WSIZE) {
		while (bh_misaligned(d)) {
			*d++ = *s++;
			n--;
		}
		if (BH_UNALIGNED_OK || !bh_misaligned(s)) {
			bh_word *dw = (bh_word *)d;
			const bh_uword *sw = (const bh_uword *)s;

			for (; n >= 4 * BH_WSIZE; n -= 4 * BH_WSIZE) {
				bh_word a = sw[0], b = sw[1], c = sw[2], e = sw[3];

				dw[0] = a;
				dw[1] = b;
				dw[2] = c;
				dw[3] = e;
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
