/*
 * The main thread's thread-local storage and thread pointer, set up first
 * at start-up, before anything that might use __thread (errno may one day)
 * or the stack protector's canary in the thread control block.
 *
 * The program's PT_TLS header describes the initial image: .tdata (filesz
 * bytes to copy) then .tbss (zeroes up to memsz), aligned to p_align. The
 * static block is laid out as the architecture's ABI says (asm/tls.h):
 * below the thread pointer with the TCB above it (variant II, x86), or
 * after the TCB above the pointer (variant I, arm). The linker has turned
 * every local-exec and initial-exec access into a fixed offset from the
 * pointer, so the layout must be exactly the one it assumed.
 *
 * The memory is a static buffer when it fits, so that a program without a
 * heap stays without one, and an anonymous mapping otherwise. Neither
 * needs clearing: bss and fresh mappings are zero.
 */
#include <stdint.h>
#include <unistd.h>
#include <asm/tls.h>
#include "kernel/runtime.h"
#include "kernel/syscall.h"

#define PT_TLS		7
#define TLS_STATIC_BYTES 1024

#if UINTPTR_MAX > 0xffffffffu
struct elf_phdr {
	uint32_t type, flags;
	uint64_t offset, vaddr, paddr, filesz, memsz, align;
};
#else
struct elf_phdr {
	uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
};
#endif

static unsigned char tls_static[TLS_STATIC_BYTES]
	__attribute__((aligned(64)));
unsigned char *tls_block;

static uintptr_t align_up(uintptr_t x, uintptr_t align)
{
	return (x + align - 1) & ~(align - 1);
}

/* .tdata is small: a loop, so that every program need not link memcpy. */
static void copy_image(unsigned char *to, const unsigned char *from,
		       size_t n)
{
	while (n--)
		*to++ = *from++;
}

static const struct elf_phdr *find_tls(const void *phdr, unsigned long phnum)
{
	const struct elf_phdr *ph = phdr;
	unsigned long i;

	for (i = 0; ph && i < phnum; i++)
		if (ph[i].type == PT_TLS)
			return &ph[i];
	return NULL;
}

/* size bytes, zeroed, from the static buffer or a fresh mapping. */
static unsigned char *tls_memory(size_t size)
{
	long p;

	if (size <= sizeof(tls_static))
		return tls_static;
	p = arch_syscall6(__NR_mmap_pgoff, 0, SC(size), 3 /* PROT_RW */,
			  0x22 /* MAP_PRIVATE | MAP_ANONYMOUS */, -1, 0);
	if (syscall_failed(p))
		runtime_fail("bareheap: cannot map the thread-local storage\n");
	return (unsigned char *)p;
}

void *tls_init(const void *phdr, unsigned long phnum)
{
	const struct elf_phdr *tls = find_tls(phdr, phnum);
	uintptr_t align = tls && tls->align > sizeof(void *) ? tls->align
							     : sizeof(void *);
	size_t memsz = tls ? tls->memsz : 0;
	size_t filesz = tls ? tls->filesz : 0;
	size_t block, total;
	unsigned char *mem, *tp, *image;

	if (align & (align - 1))
		runtime_fail("bareheap: bad thread-local alignment\n");
	if (TLS_ABOVE_TP) {
		block = align_up(TLS_TCB_SIZE, align);	/* TCB, gap, block */
		total = align - 1 + block + memsz;
		mem = tls_memory(total);
		tp = (unsigned char *)align_up((uintptr_t)mem, align);
		image = tp + block;
	} else {
		block = align_up(memsz, align);		/* block, then TCB */
		total = align - 1 + block + TLS_TCB_SIZE;
		mem = tls_memory(total);
		tp = (unsigned char *)align_up((uintptr_t)mem + block, align);
		image = tp - block;
		((void **)tp)[0] = tp;			/* the TCB's self */
		((void **)tp)[2] = tp;
	}
	copy_image(image, (const unsigned char *)(uintptr_t)tls->vaddr, filesz);
	tls_block = image;
	if (arch_set_tp(tp))
		runtime_fail("bareheap: cannot set the thread pointer\n");
	return tp;
}
