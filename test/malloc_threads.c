/*
 * The heap lock (CONFIG_MM_LOCK) under real threads: THREADS threads,
 * started with a bare clone(), each run random malloc, calloc, realloc and
 * free over blocks of their own, fill every block with a pattern that
 * names its thread, and check it before it is resized or freed. The main
 * thread waits for them all and runs the heap checker. Without the lock
 * the threads race inside the heap, and this fails (a pattern overwritten,
 * a block handed out twice, a checker complaint or a crash).
 *   malloc_threads [THREADS [STEPS]]
 */
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

#define MAX_THREADS	8
#define SLOTS		64
#define STACK_SIZE	(64 * 1024)

/* system call numbers (the public headers do not carry them) */
#if defined(__x86_64__)
#define NR_CLONE	56
#define NR_EXIT		60
#define NR_SCHED_YIELD	24
#elif defined(__aarch64__) || defined(__riscv)	/* the generic table */
#define NR_CLONE	220
#define NR_EXIT		93
#define NR_SCHED_YIELD	124
#else				/* i386 and 32-bit ARM EABI agree */
#define NR_CLONE	120
#define NR_EXIT		1
#define NR_SCHED_YIELD	158
#endif

#define CLONE_THREAD_FLAGS	(0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | \
				 0x40000)	/* VM FS FILES SIGHAND THREAD SYSVSEM */

struct slot {
	unsigned char *p;
	size_t n;
	unsigned char tag;
};

struct worker {
	int id;
	long steps;
	uint64_t rng;
	struct slot slots[SLOTS];
	/* the first thing that went wrong, for the main thread to print */
	const char *failed;
	size_t fail_n;
};

static struct worker workers[MAX_THREADS];
static int finished;

/*
 * Starts fn(arg) on a thread with the given stack; it ends the thread (not
 * the process) with fn's return value. Returns the thread's id, or a
 * negative errno.
 */
static long thread_start(int (*fn)(void *), void *arg, void *stack_top)
{
	void **sp = (void **)((uintptr_t)stack_top & ~(uintptr_t)15);
	long ret;

	*--sp = arg;		/* the child takes these two off its stack */
	*--sp = (void *)fn;
#if defined(__x86_64__)
	{
		register long r10 __asm__("r10") = 0;
		register long r8 __asm__("r8") = 0;

		__asm__ volatile(
			"syscall\n\t"
			"test %%rax, %%rax\n\t"
			"jnz 1f\n\t"
			"xor %%ebp, %%ebp\n\t"
			"pop %%rax\n\t"
			"pop %%rdi\n\t"
			"call *%%rax\n\t"
			"mov %%eax, %%edi\n\t"
			"mov %[exit], %%eax\n\t"	/* this thread only */
			"syscall\n\t"
			"hlt\n"
			"1:"
			: "=a"(ret)
			: "0"((long)NR_CLONE), [exit] "i"(NR_EXIT),
			  "D"((long)CLONE_THREAD_FLAGS), "S"(sp), "d"(0L),
			  "r"(r10), "r"(r8)
			: "rcx", "r11", "memory");
	}
#elif defined(__i386__)
	sp -= 3;		/* fn, then arg 16-byte aligned for the call */
	sp[0] = sp[3];
	sp[1] = sp[4];
	__asm__ volatile(
		"int $0x80\n\t"
		"test %%eax, %%eax\n\t"
		"jnz 1f\n\t"
		"xor %%ebp, %%ebp\n\t"
		"pop %%eax\n\t"
		"call *%%eax\n\t"	/* its argument is on the stack */
		"mov %%eax, %%ebx\n\t"
		"mov %[exit], %%eax\n\t"	/* this thread only */
		"int $0x80\n\t"
		"hlt\n"
		"1:"
		: "=a"(ret)
		: "0"((long)NR_CLONE), [exit] "i"(NR_EXIT),
		  "b"((long)CLONE_THREAD_FLAGS), "c"(sp), "d"(0L), "S"(0L),
		  "D"(0L)
		: "memory");
#elif defined(__arm__)
	{
		register long r0 __asm__("r0") = CLONE_THREAD_FLAGS;
		register void *r1 __asm__("r1") = sp;
		register long r2 __asm__("r2") = 0;
		register long r3 __asm__("r3") = 0;
		register long r4 __asm__("r4") = 0;
		register long r7 __asm__("r7") = NR_CLONE;

		__asm__ volatile(
			"svc #0\n\t"
			"cmp r0, #0\n\t"
			"bne 1f\n\t"
			"pop {r1, r2}\n\t"	/* fn, arg */
			"mov r0, r2\n\t"
			"blx r1\n\t"
			"mov r7, %[exit]\n\t"	/* this thread only */
			"svc #0\n"
			"1:"
			: "+r"(r0)
			: [exit] "i"(NR_EXIT), "r"(r1), "r"(r2), "r"(r3),
			  "r"(r4), "r"(r7)
			: "memory");
		ret = r0;
	}
#elif defined(__aarch64__)
	{	/* clone(flags, stack, parent_tid, tls, child_tid) */
		register long x0 __asm__("x0") = CLONE_THREAD_FLAGS;
		register void *x1 __asm__("x1") = sp;
		register long x2 __asm__("x2") = 0;
		register long x3 __asm__("x3") = 0;
		register long x4 __asm__("x4") = 0;
		register long x8 __asm__("x8") = NR_CLONE;

		__asm__ volatile(
			"svc #0\n\t"
			"cbnz x0, 1f\n\t"
			"mov x29, #0\n\t"
			"ldp x1, x0, [sp], #16\n\t"	/* fn, arg */
			"blr x1\n\t"
			"mov x8, %[exit]\n\t"	/* this thread only */
			"svc #0\n"
			"1:"
			: "+r"(x0)
			: [exit] "i"(NR_EXIT), "r"(x1), "r"(x2), "r"(x3),
			  "r"(x4), "r"(x8)
			: "memory");
		ret = x0;
	}
#elif defined(__riscv)
	{	/* clone(flags, stack, parent_tid, tls, child_tid) */
		register long a0 __asm__("a0") = CLONE_THREAD_FLAGS;
		register void *a1 __asm__("a1") = sp;
		register long a2 __asm__("a2") = 0;
		register long a3 __asm__("a3") = 0;
		register long a4 __asm__("a4") = 0;
		register long a7 __asm__("a7") = NR_CLONE;

		__asm__ volatile(
			"ecall\n\t"
			"bnez a0, 1f\n\t"
			"li s0, 0\n\t"
			"ld t0, 0(sp)\n\t"	/* fn */
			"ld a0, 8(sp)\n\t"	/* arg */
			"addi sp, sp, 16\n\t"
			"jalr t0\n\t"
			"li a7, %[exit]\n\t"	/* this thread only */
			"ecall\n"
			"1:"
			: "+r"(a0)
			: [exit] "i"(NR_EXIT), "r"(a1), "r"(a2), "r"(a3),
			  "r"(a4), "r"(a7)
			: "memory");
		ret = a0;
	}
#else
#error "malloc_threads: no thread start-up for this architecture"
#endif
	return ret;
}

static uint64_t next(struct worker *w)
{
	w->rng ^= w->rng << 13;
	w->rng ^= w->rng >> 7;
	w->rng ^= w->rng << 17;
	return w->rng;
}

/* Mostly small blocks, some of several pages. */
static size_t random_size(struct worker *w)
{
	unsigned int r = next(w) % 100;

	if (r < 80)
		return 1 + next(w) % 512;
	if (r < 95)
		return 1 + next(w) % 16384;
	return 32768 + next(w) % 200000;
}

static unsigned char byte_at(const struct worker *w, const struct slot *s,
			     size_t i)
{
	return (unsigned char)(s->tag + i * 13 + w->id * 101);
}

static void fill(struct worker *w, struct slot *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		s->p[i] = byte_at(w, s, i);
}

static int intact(struct worker *w, const struct slot *s, size_t upto)
{
	size_t i;

	for (i = 0; i < upto; i++)
		if (s->p[i] != byte_at(w, s, i)) {
			w->failed = "a block lost its pattern at byte";
			w->fail_n = i;
			return 0;
		}
	return 1;
}

static int work(void *arg)
{
	struct worker *w = arg;
	long step;
	size_t i;

	for (step = 0; step < w->steps && !w->failed; step++) {
		struct slot *s = &w->slots[next(w) % SLOTS];
		size_t n = random_size(w);
		unsigned char *q;

		if (s->p) {
			if (!intact(w, s, s->n))
				break;
			if (next(w) % 4 == 0) {
				q = realloc(s->p, n);
				if (!q) {
					w->failed = "realloc failed for bytes";
					w->fail_n = n;
					break;
				}
				s->p = q;
				if (!intact(w, s, s->n < n ? s->n : n))
					break;
				s->n = n;
				fill(w, s);
			} else {
				free(s->p);
				s->p = NULL;
			}
			continue;
		}
		s->tag = (unsigned char)next(w);
		s->p = next(w) % 4 ? malloc(n) : calloc(1, n);
		if (!s->p) {
			w->failed = "malloc failed for bytes";
			w->fail_n = n;
			break;
		}
		s->n = n;
		fill(w, s);
	}
	for (i = 0; i < SLOTS; i++) {
		if (w->slots[i].p && !w->failed)
			intact(w, &w->slots[i], w->slots[i].n);
		free(w->slots[i].p);
		w->slots[i].p = NULL;
	}
	__atomic_add_fetch(&finished, 1, __ATOMIC_RELEASE);
	return 0;
}

int main(int argc, char **argv)
{
	int threads = argc > 1 ? atoi(argv[1]) : 4;
	long steps = argc > 2 ? atol(argv[2]) : 200000;
	int i, started = 0;

	if (threads < 1 || threads > MAX_THREADS || steps < 1) {
		printf("usage: malloc_threads [THREADS (1..%d) [STEPS]]\n",
		       MAX_THREADS);
		return 2;
	}
	for (i = 0; i < threads; i++) {
		void *stack = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		long tid;

		CHECK(stack != MAP_FAILED);
		if (stack == MAP_FAILED)
			break;
		workers[i].id = i;
		workers[i].steps = steps;
		workers[i].rng = 0x9e3779b97f4a7c15ULL * (uint64_t)(i + 1);
		tid = thread_start(work, &workers[i],
				   (char *)stack + STACK_SIZE);
		CHECK(tid > 0);
		if (tid <= 0)
			break;
		started++;
	}
	while (__atomic_load_n(&finished, __ATOMIC_ACQUIRE) < started)
		syscall(NR_SCHED_YIELD);
	for (i = 0; i < started; i++)
		if (!CHECK(workers[i].failed == NULL))
			printf("     thread %d: %s %zu\n", i, workers[i].failed,
			       workers[i].fail_n);
	CHECK_INT(malloc_check(), 0);
	printf("%d threads, %ld steps each\n", started, steps);
	return check_done();
}
