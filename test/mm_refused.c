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
#include <sys/mman.h>
#include "check.h"
#include "mm/heap.h"

#if defined(__LP64__)
/* Runs before _start (linked with -e occupy_start), on the initial stack
 * (argc, argv...): for "start", takes the hint before the heap can. */
void occupy_hint(long *sp)
{
	char **argv = (char **)(sp + 1);

	if (sp[0] == 2 && strcmp(argv[1], "start") == 0)
		mmap((void *)(uintptr_t)CONFIG_MM_HIGH_HINT, 1 << 16, PROT_NONE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
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
	printf("mode %s, %d window(s), first at %#lx\n", heap.mode, heap.nwin,
	       (unsigned long)heap.win[0].base);
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
