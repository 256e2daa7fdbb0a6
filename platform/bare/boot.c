/*
 * Start-up on a bare board: what the kernel does for a Linux program,
 * done here. The command line becomes the initial stack that
 * kernel/start.c reads (argc, argv, envp, the auxiliary vector) and the
 * generic start-up runs from there: thread pointer, canary, heap,
 * constructors, main, exit.
 */
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include "kernel/runtime.h"
#include "mm/os.h"
#include "platform/bare/board.h"

#define CMDLINE_MAX	1024
#define WORDS_MAX	64

__attribute__((noreturn)) void start_c(long *sp);

static char cmdline_copy[CMDLINE_MAX];
/* argc, argv, NULL, envp, NULL, six auxv pairs and AT_NULL */
static long boot_stack[1 + WORDS_MAX + 2 + 14] __attribute__((aligned(16)));
static unsigned char boot_random[16];

#define PHDRS_MAX	16

/* The program headers, from the ELF header at the start of the image
 * (kernel/image.ld loads it with the text), in the layout the runtime
 * reads (kernel/tls.c). An x86_64 board's image is an ELF32 file, the
 * only kind qemu's multiboot loader takes: its headers are copied into
 * the 64-bit layout (type and flags, then six 64-bit fields). */
static void image_phdrs(long *phdr, long *phnum)
{
	static uint64_t wide[PHDRS_MAX][7];
	const unsigned char *elf = (const unsigned char *)__image_start;
	uint32_t off32, h[8];
	uint16_t n;
	int i;

	if (elf[4] == 2) {		/* ELFCLASS64 */
		uint64_t off;

		memcpy(&off, elf + 32, sizeof(off));
		memcpy(&n, elf + 56, sizeof(n));
		*phdr = (long)(elf + off);
		*phnum = n;
		return;
	}
	memcpy(&off32, elf + 28, sizeof(off32));
	memcpy(&n, elf + 44, sizeof(n));
	*phdr = (long)(elf + off32);
	*phnum = n;
	if (sizeof(void *) == 4)
		return;
	for (i = 0; i < n && i < PHDRS_MAX; i++) {
		memcpy(h, elf + off32 + 32 * i, sizeof(h));
		wide[i][0] = h[0] | (uint64_t)h[6] << 32;	/* type, flags */
		wide[i][1] = h[1];				/* offset */
		wide[i][2] = h[2];				/* vaddr */
		wide[i][3] = h[3];				/* paddr */
		wide[i][4] = h[4];				/* filesz */
		wide[i][5] = h[5];				/* memsz */
		wide[i][6] = h[7];				/* align */
	}
	*phdr = (long)wide;
	*phnum = i;
}

/* These boards have no entropy source: the canary's 16 bytes come from
 * the command line, which at least varies from run to run of a test. */
static void fill_random(const char *s)
{
	uint32_t h = 2166136261u;
	int i;

	for (i = 0; i < 16; i++) {
		while (*s)
			h = (h ^ (unsigned char)*s++) * 16777619u;
		h = (h ^ (uint32_t)i) * 16777619u;
		boot_random[i] = (unsigned char)(h >> 24);
	}
}

static int split_words(char *s, char **word, int max)
{
	int n = 0;

	while (*s && n < max) {
		while (*s == ' ')
			*s++ = '\0';
		if (!*s)
			break;
		word[n++] = s;
		while (*s && *s != ' ')
			s++;
	}
	return n;
}

void bare_start(const char *cmdline)
{
	char *word[WORDS_MAX], *name = "bare";
	long *sp = boot_stack, phdr, phnum;
	int n, env = 0, i;

	strncpy(cmdline_copy, cmdline ? cmdline : "", CMDLINE_MAX - 1);
	ram_take((uintptr_t)__image_start, (uintptr_t)_end);
	fill_random(cmdline_copy);
	n = split_words(cmdline_copy, word, WORDS_MAX);
	while (env < n && strchr(word[env], '='))
		env++;
	*sp++ = n > env ? n - env : 1;
	if (n == env)
		*sp++ = (long)name;
	for (i = env; i < n; i++)
		*sp++ = (long)word[i];
	*sp++ = 0;
	for (i = 0; i < env; i++)
		*sp++ = (long)word[i];
	*sp++ = 0;
	image_phdrs(&phdr, &phnum);
	*sp++ = AT_PHDR;
	*sp++ = phdr;
	*sp++ = AT_PHNUM;
	*sp++ = phnum;
	*sp++ = AT_PAGESZ;
	*sp++ = 4096;
	*sp++ = AT_RANDOM;
	*sp++ = (long)boot_random;
	*sp++ = AT_EXECFN;
	*sp++ = (long)(n > env ? word[env] : name);
	*sp++ = AT_NULL;
	*sp = 0;
	start_c(boot_stack);
}
