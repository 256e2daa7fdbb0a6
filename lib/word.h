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

#endif
