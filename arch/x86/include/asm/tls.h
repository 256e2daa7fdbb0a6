/*
 * i386 thread pointer: the TLS ABI's variant II.
 *  - %gs selects a GDT entry whose base is the thread pointer; the static
 *    TLS block ends just below it, at an offset that is its size rounded up
 *    to its alignment (the segment's 4 GiB limit lets negative offsets wrap)
 *  - the thread control block starts at the thread pointer: its first word
 *    (and the third, "self") points to itself, since code reads %gs:0 to
 *    learn the pointer; gcc's stack protector reads its canary at %gs:0x14
 *  - set_thread_area picks a free TLS entry of the GDT (entry_number -1 in,
 *    the chosen one out); %gs then loads selector entry * 8 + 3 (GDT, ring 3)
 */
#ifndef ASM_TLS_H
#define ASM_TLS_H

#include <asm/syscall.h>
#include <asm/unistd.h>

#define TLS_ABOVE_TP		0	/* variant II: the block is below */
#define TLS_TCB_SIZE		128	/* room for what code reads at %gs:N */
#define TLS_GUARD_OFFSET	0x14	/* the stack protector's canary */

/* The kernel's struct user_desc; flags are its bit fields: seg_32bit (bit
 * 0), limit_in_pages (bit 4) and useable (bit 6), a flat read-write data
 * segment. */
struct user_desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int flags;
};
#define USER_DESC_FLAT_DATA	0x51

/* 0 when the thread pointer is tp, -1 when the kernel refused. */
static inline int arch_set_tp(void *tp)
{
	struct user_desc d = {
		.entry_number = -1u,
		.base_addr = (unsigned int)tp,
		.limit = 0xfffff,
		.flags = USER_DESC_FLAT_DATA,
	};

	if (arch_syscall1(__NR_set_thread_area, (long)&d))
		return -1;
	__asm__ volatile ("movw %w0, %%gs" : : "r"(d.entry_number * 8 + 3));
	return 0;
}

#endif
