/*
 * What the runtime's parts tell each other; not a public header.
 */
#ifndef KERNEL_RUNTIME_H
#define KERNEL_RUNTIME_H

#include <stddef.h>
#include <stdint.h>
#include <generated/autoconf.h>

/*
 * IS_ENABLED(CONFIG_FOO) is 1 when autoconf.h defines CONFIG_FOO as 1 and 0
 * when it does not define it at all, so both branches of an if stay compiled.
 */
#define CONFIG_PROBE_1 0,
#define CONFIG_PICK_SECOND(ignored, value, ...) value
#define CONFIG_IS_ONE(probe) CONFIG_PICK_SECOND(probe 1, 0, 0)
#define CONFIG_EXPAND(value) CONFIG_IS_ONE(CONFIG_PROBE_##value)
#define IS_ENABLED(option) CONFIG_EXPAND(option)

/* Filled by start-up from the auxiliary vector before anything else runs. */
struct runtime_info {
	int argc;
	char **argv;
	char **envp;
	unsigned long page_size;	/* AT_PAGESZ, 4096 if absent */
	const unsigned char *random;	/* AT_RANDOM: 16 bytes, or NULL */
	unsigned long hwcap;		/* AT_HWCAP */
	const char *execfn;		/* AT_EXECFN, or NULL */
};
extern struct runtime_info runtime;

/* Image bounds from the linker script (kernel/image.ld). */
extern char __image_start[], _end[];

/*
 * Writes "bareheap: <formatted message>\n" to stderr. The runtime formats
 * its own messages, so that they do not bring printf into every program:
 * it knows %s %d %i %u %x %p %% with the # flag and the l, ll and z
 * lengths, and no widths or precisions. Anything else is copied as written.
 */
__attribute__((cold, format(printf, 1, 2)))
void message(const char *fmt, ...);

/* The same message, then exits with status 99. */
__attribute__((noreturn, cold, format(printf, 1, 2)))
void panic(const char *fmt, ...);

/* Writes text, a string literal that ends in a newline, to stderr and
 * exits with panic's status: the start-up checks' voice, which needs no
 * formatter (a program that only allocates links none). Needs unistd.h. */
#define runtime_fail(text) do {					\
	write(2, text, sizeof(text) - 1);				\
	_exit(99);							\
} while (0)

/* Writes the digits of v in base 8, 10 or 16 (none for 0) so that they end
 * just before end, and returns the first (lib/digits.c). */
char *bh_digits(char *end, unsigned long long v, int base, int upper);

/* True when BAREHEAP_DEBUG is set to a value other than "0". */
int runtime_debug(void);

/* Flushes the stdio buffers (lib/); exit calls it before _exit. */
void stdio_flush_all(void);

/* Turns a raw system-call result into the C convention: -1 and errno. */
long syscall_result(long ret);

#endif
