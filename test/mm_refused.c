/*
 * The kernel refuses the high address; the heap must fall back, not fail.
 *   mm_refused start    the entry stub below occupies the hint before
 *                       start-up: mode=fallback from the beginning
 *   mm_refused growth   the page after the high arena's end is taken
 *                       while the heap runs: the next growth continues in
 *                       a low window, and blocks of both stay usable
 * 64-bit only (the 32-bit targets have no high arena).
 */
#include <malloc.h>
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include "check.h"
#include "mm/heap.h"

#if defined(__LP64__)
/* The high window's base where the layout is random: the hint moved up by
 * the 32 bits at AT_RANDOM + 8 (mm/arena.c), found in the auxiliary vector
 * past argv and envp on the initial stack. */
static uintptr_t random_base(long *sp, uintptr_t hint)
{
	char **p = (char **)(sp + 1) + sp[0] + 1;
	unsigned long *a;
	uint32_t bits = 0;
	int i;

	while (*p)
		p++;
	for (a = (unsigned long *)(p + 1); a[0] && a[0] != AT_RANDOM; a += 2)
		;
	if (!a[0])
		return hint;
	for (i = 0; i < 4; i++)
		bits |= (uint32_t)((unsigned char *)a[1])[8 + i] << (8 * i);
	return hint + layout_shift_by(bits, HIGH_SPREAD(hint));
}

/* Runs before _start (linked with -e occupy_start), on the initial stack
 * (argc, argv...): for "start", takes the hint, and the base the window
 * has where the layout is random, before the heap can. */
void occupy_hint(long *sp)
{
	char **argv = (char **)(sp + 1);
	uintptr_t hint = (uintptr_t)CONFIG_MM_HIGH_HINT;
	int i;

	if (sp[0] != 2 || strcmp(argv[1], "start") != 0)
		return;
	for (i = 0; i < 2; i++)
		mmap((void *)(i ? random_base(sp, hint) : hint), 1 << 16,
		     PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS |
		     MAP_FIXED_NOREPLACE, -1, 0);
}

#if defined(__x86_64__)
__asm__(".text\n.globl occupy_start\noccupy_start:\n"
	"\tmov %rsp, %rbx\n\tmov %rsp, %rdi\n\tcall occupy_hint\n"
	"\tmov %rbx, %rsp\n\tjmp _start\n");
#elif defined(__aarch64__)
__asm__(".text\n.globl occupy_start\noccupy_start:\n"
	"\tmov x19, sp\n\tmov x0, sp\n\tbl occupy_hint\n"
	"\tmov sp, x19\n\tb _start\n");
#elif defined(__riscv)	/* C code wants gp first (arch/riscv64/start.S) */
__asm__(".text\n.globl occupy_start\noccupy_start:\n"
	".option push\n.option norelax\n\tla gp, __global_pointer$\n"
	".option pop\n\tmv s1, sp\n\tmv a0, sp\n\tcall occupy_hint\n"
	"\tmv sp, s1\n\tj _start\n");
#endif
#else
/* The 32-bit targets have no high arena to take: the entry goes straight
 * on to _start (the test runs only on 64-bit targets, test/TESTS). */
#if defined(__i386__)
__asm__(".text\n.globl occupy_start\noccupy_start:\n\tjmp _start\n");
#elif defined(__arm__)
__asm__(".text\n.globl occupy_start\noccupy_start:\n\tb _start\n");
#endif
#endif

static void refused_at_growth(void)
{
	struct window *w = &heap.win[0];
	char *small = malloc(100), *big;

	CHECK_STR(heap.mode, "high");
	CHECK(mmap((void *)w->grown, 4096, PROT_NONE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) ==
	      (void *)w->grown);
	big = malloc(256 << 20);	/* more than the high arena has */
	CHECK(big != NULL);
	CHECK_STR(heap.mode, "fallback");
	CHECK_INT(heap.nwin, 2);
	CHECK((uintptr_t)big - heap.win[1].base < heap.win[1].size);
	if (big)
		memset(big, 3, 256 << 20);
	CHECK_INT(malloc_check(), 0);
	free(small);
	free(big);
	CHECK_INT(malloc_check(), 0);
}

int main(int argc, char **argv)
{
	if (sizeof(void *) != 8 || argc != 2) {
		printf("usage: mm_refused start|growth (64-bit only)\n");
		return 2;
	}
	printf("mode %s, %d window(s), first at %#lx, layout %s\n", heap.mode,
	       heap.nwin, (unsigned long)heap.win[0].base, heap.layout);
	if (strcmp(argv[1], "start") == 0) {
		CHECK_STR(heap.mode, "fallback");
		CHECK(heap.win[0].base != (uintptr_t)CONFIG_MM_HIGH_HINT);
		free(malloc(10 << 20));
		CHECK_INT(malloc_check(), 0);
	} else {
		refused_at_growth();
	}
	return check_done();
}
