/*
 * The thread pointer on the x86 board: the base of GDT entry 3 (selector
 * 0x1b) in start.S's GDT, a data segment of privilege 3, so that
 * arch_set_tp's %gs load with requested privilege 3 is allowed.
 */
#include <errno.h>
#include "kernel/syscall.h"
#include <asm/tls.h>
#include "platform/bare/board.h"

#define TLS_ENTRY	3

extern uint64_t boot_gdt[];

/* set_thread_area for the one entry there is: a flat data segment of
 * privilege 3 based at the thread pointer (4 KiB granularity, 32-bit). */
static long set_thread_area(struct user_desc *d)
{
	uint64_t base = d->base_addr, limit = d->limit;

	if (d->entry_number != -1u && d->entry_number != TLS_ENTRY)
		return -EINVAL;
	boot_gdt[TLS_ENTRY] = (limit & 0xffff) | (base & 0xffffff) << 16 |
		(uint64_t)0xf2 << 40 | ((limit >> 16) & 0xf) << 48 |
		(uint64_t)0xc << 52 | (base >> 24) << 56;
	d->entry_number = TLS_ENTRY;
	return 0;
}

long board_syscall(long n, long a, long b)
{
	if (n == __NR_set_thread_area)
		return set_thread_area((struct user_desc *)a);
	return -ENOSYS;
}
