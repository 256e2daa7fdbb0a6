/*
 * Paging on the x86 board: one page directory maps the RAM one to one in
 * 4 MiB pages (CR4.PSE), except the first 4 MiB, which one page table maps
 * in 4 KiB pages with page 0 left out; nothing above the RAM is mapped.
 */
#include "kernel/runtime.h"
#include "arch/x86/bare/fault.h"
#include "platform/bare/board.h"

#define PTE_PRESENT	(1u << 0)
#define PTE_WRITE	(1u << 1)
#define PDE_LARGE	(1u << 7)
#define LARGE_SHIFT	22		/* 4 MiB pages */
#define CPUID_PSE	(1u << 3)	/* leaf 1, edx */
#define CR4_PSE		(1u << 4)
#define CR0_WP		(1u << 16)
#define CR0_PG		(1u << 31)

static uint32_t page_directory[1024] __attribute__((aligned(4096)));
static uint32_t low_page_table[1024] __attribute__((aligned(4096)));

static int cpu_has_pse(void)
{
	uint32_t a = 1, b, c = 0, d;

	__asm__ ("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	return (d & CPUID_PSE) != 0;
}

void paging_on(uint64_t ram_top)
{
	uint32_t i, large = (uint32_t)((ram_top + (1u << LARGE_SHIFT) - 1) >>
				      LARGE_SHIFT);
	uintptr_t r;

	if (!cpu_has_pse()) {
		message("this CPU has no 4 MiB pages (PSE): paging stays off");
		board_exit(99);
	}
	for (i = 1; i < 1024; i++)
		low_page_table[i] = i << 12 | PTE_WRITE | PTE_PRESENT;
	page_directory[0] = (uint32_t)low_page_table | PTE_WRITE | PTE_PRESENT;
	for (i = 1; i < large && i < 1024; i++)
		page_directory[i] = i << LARGE_SHIFT | PDE_LARGE | PTE_WRITE |
			PTE_PRESENT;
	__asm__ volatile ("mov %0, %%cr3" : : "r"(page_directory) : "memory");
	__asm__ volatile ("mov %%cr4, %0" : "=r"(r));
	__asm__ volatile ("mov %0, %%cr4" : : "r"(r | CR4_PSE));
	__asm__ volatile ("mov %%cr0, %0" : "=r"(r));
	__asm__ volatile ("mov %0, %%cr0" : : "r"(r | CR0_PG | CR0_WP) : "memory");
}
