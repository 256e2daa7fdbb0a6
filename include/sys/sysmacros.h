#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H

#include <sys/types.h>

/*
 * A dev_t as glibc encodes it, which for 32-bit numbers is also the
 * kernel's: minor bits 0..7 and 20..43, major bits 8..19 and 44..63.
 */
#define major(dev)	((unsigned int)				\
	((((dev_t)(dev) >> 32) & 0xfffff000u) | (((dev_t)(dev) >> 8) & 0xfffu)))
#define minor(dev)	((unsigned int)				\
	((((dev_t)(dev) >> 12) & 0xffffff00u) | ((dev_t)(dev) & 0xffu)))
#define makedev(ma, mi)	((((dev_t)(ma) & 0xfffff000u) << 32) |	\
			 (((dev_t)(ma) & 0xfffu) << 8) |		\
			 (((dev_t)(mi) & 0xffffff00u) << 12) |		\
			 ((dev_t)(mi) & 0xffu))

#endif
