/*
 * Paging on the x86_64 board. start.S has mapped the first 4 GiB one to
 * one in 2 MiB pages to reach long mode; with the RAM known, the 2 MiB
 * pages above it are taken out and the first 2 MiB are mapped again in
 * 4 KiB pages by one page table, with page 0 left out.
 */
#include "arch/x86/bare/fault.h"

#define PTE_PRESENT	(1u << 0)
#define PTE_WRITE	(1u << 1)
#define LARGE_SHIFT	21		/* 2 MiB pages */
#define LARGE_PAGES	(4 * 512)	/* start.S's: 4 GiB */

extern uint64_t page_directories[LARGE_PAGES];	/* start.S */
static uint64_t low_page_table[512] __attribute__((aligned(4096)));

void paging_on(uint64_t ram_top)
{
	uint64_t i, large = (ram_top + (1u << LARGE_SHIFT) - 1) >> LARGE_SHIFT;
	uintptr_t cr3;

	for (i = 1; i < 512; i++)
		low_page_table[i] = i << 12 | PTE_WRITE | PTE_PRESENT;
	page_directories[0] = (uintptr_t)low_page_table | PTE_WRITE |
		PTE_PRESENT;
	for (i = large > 1 ? large : 1; i < LARGE_PAGES; i++)
		page_directories[i] = 0;
	__asm__ volatile ("mov %%cr3, %0" : "=r"(cr3));
	__asm__ volatile ("mov %0, %%cr3" : : "r"(cr3) : "memory");
}
