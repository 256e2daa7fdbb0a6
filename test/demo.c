/* What bareheap is and what it decided, as "make run" shows it. */
#include <bareheap.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void show_bytes(const char *label, unsigned long long n)
{
	if (n >= 10ULL << 30)
		printf("%s%llu GiB", label, n >> 30);
	else if (n >= 10ULL << 20)
		printf("%s%llu MiB", label, n >> 20);
	else
		printf("%s%llu KiB", label, n >> 10);
}

static void explain_arena(const struct bareheap_info *h)
{
	if (h->limit == ~0ULL)
		printf("  limits      none (RLIMIT_AS and RLIMIT_DATA are unlimited)\n");
	else {
		show_bytes("  limits      the tighter of RLIMIT_AS/RLIMIT_DATA is ", h->limit);
		show_bytes("; the program already uses ", h->footprint);
		show_bytes(",\n              which leaves ", h->room);
		printf(" for the heap and its metadata\n");
	}
	if (strcmp(h->mode, "high") == 0)
		printf("  arena       high: the first piece, mapped at %#lx, landed where\n"
		       "              asked, so the heap grows there piece by piece, each\n"
		       "              piece checked",
		       h->base);
	else if (strcmp(h->mode, "fallback") == 0)
		printf("  arena       fallback: the kernel would not place the high arena,\n"
		       "              so the heap lives at %#lx, past the program", h->base);
	else if (strcmp(h->mode, "low") == 0)
		printf("  arena       low: address space reserved at %#lx, past the program",
		       h->base);
	else
		printf("  arena       none could be had: every allocation will fail");
	show_bytes("\n              (may grow to ", h->size);
	if (h->reserved)
		show_bytes(", reserved up front ", h->reserved);
	printf(")\n");
	if (strcmp(h->layout, "random") == 0)
		printf("  layout      random: where the arena lies comes from the random\n"
		       "              bytes the kernel gives every process (AT_RANDOM)\n");
	else
		printf("  layout      fixed (%s): the arena lies where it did last run\n",
		       h->layout);
}

/* On a bare board there is no kernel and no limit to set: the heap is
 * given what RAM the board has free once the program is loaded. */
static void explain_board(const struct bareheap_info *h)
{
	show_bytes("  RAM         ", h->limit);
	printf(" free, all of it the heap's (the board's RAM less the\n"
	       "              image and the firmware's; no kernel, no limits to set)\n");
	printf("  arena       at %#lx, just past the program", h->base);
	show_bytes("\n              (may grow to ", h->size);
	show_bytes(", taken up front ", h->reserved);
	printf(")\n");
}

int main(int argc, char **argv)
{
	struct bareheap_info h;
	char *blocks[1000], *big;
	int i, on_board;

	bareheap_info(&h);
	on_board = strcmp(h.platform, "bare") == 0;
	printf("bareheap: a freestanding C runtime and allocator, no libc\n");
	printf("  machine     %s%s, page size %lu bytes\n", h.arch,
	       on_board ? ", a bare board" : "", h.page_size);
	printf("  arguments   %d:", argc);
	for (i = 0; i < argc; i++)
		printf(" \"%s\"", argv[i]);
	printf("\n");
	if (on_board)
		explain_board(&h);
	else
		explain_arena(&h);

	for (i = 0; i < 1000; i++) {
		blocks[i] = malloc(16 + i * 37 % 4000);
		memset(blocks[i], i, 16);
	}
	big = malloc(8 << 20);
	memset(big, 1, 8 << 20);
	bareheap_info(&h);
	show_bytes("  in use      1000 small blocks and one of 8 MiB: ", h.in_use);
	show_bytes(" in blocks, ", h.mapped);
	printf(" mapped\n");
	for (i = 0; i < 1000; i++)
		free(blocks[i]);
	free(big);
	bareheap_info(&h);
	if (on_board)
		printf("  freed       all of it: it stays with the heap for the next malloc\n"
		       "              (there is no kernel to give it back to),\n");
	else {
		show_bytes("  freed       all of it: ", h.pending);
		printf(" stays resident a while for reuse, and after\n");
		malloc_trim(0);
		bareheap_info(&h);
		show_bytes("              malloc_trim(0) ", h.released);
		printf(" of free memory is not (madvise %s),\n", h.unused);
	}
	show_bytes("              ", h.in_use);
	show_bytes(" in use, peak ", h.peak);
	printf("; heap check: %s\n", malloc_check() == 0 ? "consistent" : "FAILED");
	if (on_board)
		printf("  try         bareheap-run %s BAREHEAP_DEBUG=1, or other RAM (qemu's -m):\n"
		       "              BAREHEAP_RAM=64M bareheap-run %s\n", argv[0], argv[0]);
	else
		printf("  try         BAREHEAP_DEBUG=1, or a limit: prlimit --as=67108864 %s\n",
		       argv[0]);
	return 0;
}
