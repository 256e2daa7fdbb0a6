/*
 * qemu's pc board, booted as a multiboot image (qemu-system-i386 -kernel),
 * the facts:
 *  - the multiboot information (ebx) has flags (bit 0: mem_lower and
 *    mem_upper in KiB at 4 and 8; bit 2: the command line at 16, whose
 *    first word is the image's file name, as qemu and GRUB give it; bit 6:
 *    the memory map, length at 44 and address at 48, entries of a size
 *    word and then base, length (64-bit each) and type, 1 for RAM). The
 *    loader puts the command line just past the image, in RAM
 *  - the RAM below 1 MiB holds the BIOS's data and the loader's tables,
 *    and is left alone; the image is linked at 1 MiB (bare/link.ld)
 *  - COM1, a 16550 at 0x3f8: transmit holding register at 0, line status
 *    at 5 (bit 5: it is empty)
 *  - exit: the status byte goes out on COM2 (0x2f8), which bareheap-run
 *    reads back, then to isa-debug-exit at 0xf4, which ends qemu (with
 *    status (byte << 1) | 1, so the byte itself must travel by COM2)
 *  - the thread pointer (tls.c) and what the CPU does on a fault
 *    (fault.c) are the architecture's; the x86_64 board is this board too
 */
#include <errno.h>
#include "kernel/syscall.h"
#include "mm/os.h"
#include "platform/bare/board.h"
#include "arch/x86/bare/fault.h"

#define MB_BOOT_MAGIC	0x2BADB002u
#define MB_MEM		(1u << 0)
#define MB_CMDLINE	(1u << 2)
#define MB_MMAP		(1u << 6)
#define MB_RAM		1
#define LOW_MEMORY	0x100000u
#define COM1		0x3f8
#define COM2		0x2f8
#define LSR		5
#define LSR_THRE	(1u << 5)
#define DEBUG_EXIT	0xf4

static inline void outb(uint16_t port, uint8_t v)
{
	__asm__ volatile ("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
	uint8_t v;

	__asm__ volatile ("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static void uart_put(uint16_t port, int c)
{
	while (!(inb(port + LSR) & LSR_THRE))
		;
	outb(port, (uint8_t)c);
}

void board_putc(int c)
{
	uart_put(COM1, c);
}

void board_exit(int status)
{
	uart_put(COM2, status);
	outb(DEBUG_EXIT, (uint8_t)status);
	for (;;)
		__asm__ volatile ("cli; hlt");
}

static void say(const char *s)
{
	while (*s)
		board_putc(*s++);
}

static uint32_t word(uint32_t info, uint32_t offset)
{
	return *(const uint32_t *)(uintptr_t)(info + offset);
}

static uint64_t ram_top;	/* the end of the highest RAM, for paging */

/* The RAM of one map entry, above low memory and below 4 GiB. */
static void add_ram(uint64_t base, uint64_t len)
{
	uint64_t end = base + len;

	if (base < LOW_MEMORY)
		base = LOW_MEMORY;
	if (end > 0xffffffffu)
		end = 0xffffffffu;
	if (base < end) {
		ram_add((uintptr_t)base, (uintptr_t)end);
		if (end > ram_top)
			ram_top = end;
	}
}

static void read_memory_map(uint32_t info)
{
	uint32_t p = word(info, 48), end = p + word(info, 44);

	while (p < end) {
		const uint32_t *e = (const uint32_t *)(uintptr_t)p;
		uint64_t base = e[1] | (uint64_t)e[2] << 32;
		uint64_t len = e[3] | (uint64_t)e[4] << 32;

		if (e[5] == MB_RAM)
			add_ram(base, len);
		p += e[0] + 4;
	}
}

/* The command line past the loader's first word, the image's name. */
static const char *program_args(const char *s)
{
	while (*s == ' ')
		s++;
	while (*s && *s != ' ')
		s++;
	return s;
}

__attribute__((noreturn)) void x86_board_main(uint32_t magic, uint32_t info);

void x86_board_main(uint32_t magic, uint32_t info)
{
	uint32_t flags;

	if (magic != MB_BOOT_MAGIC) {
		say("bareheap: not started by a multiboot loader\n");
		board_exit(99);
	}
	flags = word(info, 0);
	if (flags & MB_MMAP)
		read_memory_map(info);
	else if (flags & MB_MEM)
		add_ram(LOW_MEMORY, (uint64_t)word(info, 8) << 10);
	board_protect(ram_top);
	bare_start(flags & MB_CMDLINE ?
		   program_args((const char *)(uintptr_t)word(info, 16)) : NULL);
}
