#ifndef _SYS_PARAM_H
#define _SYS_PARAM_H

#include <limits.h>
#include <sys/types.h>

/* The BSD names of system limits, with glibc's values on Linux. */
#define NBBY		8		/* bits in a byte */
#define NGROUPS		65536		/* NGROUPS_MAX */
#define MAXSYMLINKS	20
#define CANBSIZ		255		/* MAX_CANON */
#define MAXPATHLEN	PATH_MAX
#define NOFILE		256
#define NCARGS		131072		/* ARG_MAX */
#define MAXHOSTNAMELEN	64
#define HZ		100
#define EXEC_PAGESIZE	4096
#define DEV_BSIZE	512
#define NODEV		((dev_t)-1)

/* Bits in an array of bytes. */
#define setbit(a, i)	((a)[(i) / NBBY] |= 1 << ((i) % NBBY))
#define clrbit(a, i)	((a)[(i) / NBBY] &= ~(1 << ((i) % NBBY)))
#define isset(a, i)	((a)[(i) / NBBY] & (1 << ((i) % NBBY)))
#define isclr(a, i)	(((a)[(i) / NBBY] & (1 << ((i) % NBBY))) == 0)

#define howmany(x, y)	(((x) + ((y) - 1)) / (y))
#define roundup(x, y)	((((x) + ((y) - 1)) / (y)) * (y))
#define powerof2(x)	((((x) - 1) & (x)) == 0)
#define MIN(a, b)	(((a) < (b)) ? (a) : (b))
#define MAX(a, b)	(((a) > (b)) ? (a) : (b))

/* Byte order, which every target here shares. */
#ifndef BYTE_ORDER
#define LITTLE_ENDIAN	1234
#define BIG_ENDIAN	4321
#define PDP_ENDIAN	3412
#define BYTE_ORDER	LITTLE_ENDIAN
#endif

#endif
