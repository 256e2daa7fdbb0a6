/* The OS layer on Linux: mmap, madvise, munmap, prlimit64, /proc. */
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <unistd.h>
#include "kernel/runtime.h"
#include "kernel/syscall.h"
#include "mm/os.h"
#include "mm/plan.h"

#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

/* An estimate of what the process uses counts this much stack at most
 * (the usual RLIMIT_STACK). */
#define STACK_MAX (8ULL << 20)

static void *os_mmap(void *hint, size_t n, int prot, int flags)
{
	long ret = arch_syscall6(__NR_mmap_pgoff, SC(hint), SC(n), prot, flags,
				 -1, 0);

	return syscall_failed(ret) ? NULL : (void *)ret;
}

void *os_reserve(void *hint, size_t n)
{
	return os_mmap(hint, n, PROT_NONE, ANON | MAP_NORESERVE);
}

/* Unless CONFIG_MM_HUGEPAGES, the heap's mappings take no transparent huge
 * pages, whatever the kernel's setting (Kconfig says why). A kernel built
 * without them answers EINVAL, one without madvise ENOSYS: neither is asked
 * again. The advice is only advice: a refusal fails nothing. */
static int no_huge = !IS_ENABLED(CONFIG_MM_HUGEPAGES);

static void advise_new(void *v, size_t n)
{
	long ret;

	if (!no_huge)
		return;
	ret = arch_syscall3(__NR_madvise, SC(v), SC(n), MADV_NOHUGEPAGE);
	if (ret == -EINVAL || ret == -ENOSYS)
		no_huge = 0;
}

/* mprotect, not a new mapping over the reservation: the kernel counts the
 * reservation against RLIMIT_AS already, and once a program lowers the
 * limit below what it holds, it refuses every mmap, even over its own
 * reservation, but still lets it make the reservation writable. */
int os_map(void *v, size_t n)
{
	if (syscall_failed(arch_syscall3(__NR_mprotect, SC(v), SC(n),
					 PROT_READ | PROT_WRITE)))
		return -1;
	advise_new(v, n);
	return 0;
}

/* Kernels before 4.17 take MAP_FIXED_NOREPLACE as a plain hint, so an
 * exact mapping is checked, and undone if it landed elsewhere. */
void *os_map_new(void *hint, size_t n, int exact)
{
	void *v = os_mmap(hint, n, PROT_READ | PROT_WRITE,
			  exact ? ANON | MAP_FIXED_NOREPLACE : ANON);

	if (v && exact && v != hint) {
		os_free(v, n);
		v = NULL;
	}
	if (v)
		advise_new(v, n);
	return v;
}

/* MADV_FREE where configured and the kernel has it; MADV_DONTNEED
 * otherwise; nothing at all where madvise is compiled out (ENOSYS). */
static int unused_advice = IS_ENABLED(CONFIG_MM_UNUSED_FREE) ?
	MADV_FREE : MADV_DONTNEED;

/*
 * Some environments answer MADV_DONTNEED with 0 and keep the pages as they
 * were: qemu-user before 7.1, or a host whose pages are larger than the
 * guest's, at the edges of a range. calloc trusts released pages to read as
 * zero, so each release marks the range's first and last words first and
 * looks at them after: a mark that survived means the pages were kept.
 * (The pages are resident when released, so the marks cost no fault; the
 * looks map the zero page.)
 */
#define UNUSED_MARK 0x5a5a5a5aUL

int os_unused(void *v, size_t n)
{
	volatile unsigned long *first = v;
	volatile unsigned long *last = (unsigned long *)((char *)v + n) - 1;
	long ret;

	if (unused_advice < 0)
		return -1;
	if (unused_advice == MADV_DONTNEED)
		*first = *last = UNUSED_MARK;
	ret = arch_syscall3(__NR_madvise, SC(v), SC(n), unused_advice);
	if (ret == -EINVAL && unused_advice == MADV_FREE) {
		unused_advice = MADV_DONTNEED;
		return os_unused(v, n);
	}
	if (ret == -ENOSYS)
		unused_advice = -1;
	if (ret == 0 && unused_advice == MADV_DONTNEED && (*first || *last))
		return -1;	/* kept after all */
	return ret == 0 ? 0 : -1;
}

const char *os_unused_name(void)
{
	return unused_advice == MADV_FREE ? "free" :
		unused_advice == MADV_DONTNEED ? "dontneed" : "none";
}

void os_free(void *v, size_t n)
{
	arch_syscall2(__NR_munmap, SC(v), SC(n));
}

unsigned long os_page_size(void)
{
	return runtime.page_size;
}

uintptr_t os_break(void)
{
	long ret = arch_syscall1(__NR_brk, 0);

	return syscall_failed(ret) ? 0 : (uintptr_t)ret;
}

/* personality(0xffffffff) answers the persona without changing it. */
#define PERSONA_QUERY		0xffffffffUL

const unsigned char *os_layout_random(const char **why)
{
	long persona;

	if (!runtime.random) {
		*why = "no AT_RANDOM";
		return NULL;
	}
	persona = arch_syscall1(__NR_personality, PERSONA_QUERY);
	if (!syscall_failed(persona) && (persona & ADDR_NO_RANDOMIZE)) {
		*why = "ADDR_NO_RANDOMIZE";
		return NULL;
	}
	return runtime.random + 8;
}

void os_yield(void)
{
	arch_syscall0(__NR_sched_yield);
}

static uint64_t soft_limit(int resource)
{
	struct rlimit rl;

	if (prlimit(0, resource, NULL, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return UINT64_MAX;
	return rl.rlim_cur;
}

/* What /proc/self/statm says the process uses (mm/plan.c parses it). */
static int read_statm(uint64_t *size, uint64_t *data)
{
	char buf[128];
	int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
	long n;

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 0 && plan_statm(buf, n, runtime.page_size, size, data);
}

void os_limits(struct os_limits *l)
{
	uint64_t stack;

	l->as = soft_limit(RLIMIT_AS);
	l->data = soft_limit(RLIMIT_DATA);
	l->measured = 0;
	l->data_used = (uint64_t)(_end - __image_start);
	l->as_used = l->data_used + STACK_MAX;
	if (l->as == UINT64_MAX && l->data == UINT64_MAX)
		return;		/* no limit to plan for: the estimate will do */
	if (read_statm(&l->as_used, &l->data_used)) {
		l->measured = 1;
		return;
	}
	/* No /proc: the image and the stack, as far as it may grow. */
	stack = soft_limit(RLIMIT_STACK);
	if (stack < STACK_MAX)
		l->as_used = l->data_used + stack;
}
