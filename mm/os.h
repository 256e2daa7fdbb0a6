/*
 * The OS layer: the one narrow seam between the heap and the kernel. No
 * other file in mm/ makes a system call, so another backend (a test double
 * with injected faults, bare metal) can sit underneath.
 *
 * A range of address space is in one of four states:
 *   none      nothing there
 *   reserved  address space held, no access, no memory
 *   mapped    readable and writable; memory arrives on first touch
 *   unused    mapped, but its pages handed back: contents lost, reads as 0
 * Each operation below is one transition. Addresses and sizes are
 * multiples of the page size.
 */
#ifndef MM_OS_H
#define MM_OS_H

#include <stddef.h>
#include <stdint.h>

/* none -> reserved, wherever the kernel likes (near hint). NULL on failure. */
void *os_reserve(void *hint, size_t n);

/* reserved -> mapped, inside a reservation of ours. 0, or -1 on failure. */
int os_map(void *v, size_t n);

/* none -> mapped, fresh. With exact, only at hint (NULL if the kernel would
 * put it elsewhere); otherwise near hint, or anywhere. NULL on failure. */
void *os_map_new(void *hint, size_t n, int exact);

/* mapped -> unused. 0 when the pages were handed back (they now read as
 * zero, or may, with MADV_FREE); -1 when they stay resident as they were,
 * also where the kernel said yes to MADV_DONTNEED and kept them. */
int os_unused(void *v, size_t n);

/* reserved, mapped or unused -> none. */
void os_free(void *v, size_t n);

/* What bounds the heap, read at start-up and again when the kernel refuses
 * a mapping (a program may change its limits). What the process uses is
 * measured only under a limit; without one nothing is planned against it,
 * and an estimate (the image and 8 MiB of stack) stands in. */
struct os_limits {
	uint64_t as;		/* RLIMIT_AS soft limit, UINT64_MAX: none */
	uint64_t data;		/* RLIMIT_DATA soft limit, UINT64_MAX: none */
	uint64_t as_used;	/* address space the process already uses */
	uint64_t data_used;	/* private writable memory already in use */
	int measured;		/* 1: from /proc/self/statm; 0: estimated */
};
void os_limits(struct os_limits *l);

unsigned long os_page_size(void);

/* The program break, where brk and sbrk start; 0 when there is none. */
uintptr_t os_break(void);

/* Eight random bytes for the heap's layout (the second half of the
 * kernel's AT_RANDOM: the first is the stack protector's), or NULL with
 * *why saying why the layout stays fixed: "no AT_RANDOM" or
 * "ADDR_NO_RANDOMIZE" (the persona setarch -R gives). */
const unsigned char *os_layout_random(const char **why);

/* Which advice os_unused settled on, for the report. */
const char *os_unused_name(void);

/* Lets another thread run (for MM_LOCK). */
void os_yield(void);

/* The RAM backend (mm/os_ram.c) only: the memory it manages, given before
 * mm_init. ram_add adds [start, end), ram_take takes [start, end) out of
 * what was added (the image, a device tree, firmware); both keep whole
 * pages, rounding inward and outward. ram_free is what is left. */
void ram_add(uintptr_t start, uintptr_t end);
void ram_take(uintptr_t start, uintptr_t end);
uint64_t ram_free(void);

#endif
