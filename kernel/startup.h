/*
 * What start-up (kernel/start.c) asks of its helpers, and what it keeps
 * for later readers; not a public header.
 */
#ifndef KERNEL_STARTUP_H
#define KERNEL_STARTUP_H

#include <stdint.h>

/* Sets up the main thread's TLS block and thread control block from the
 * program headers at phdr and sets the thread pointer (kernel/tls.c);
 * returns the pointer. Panics when the kernel refuses. */
void *tls_init(const void *phdr, unsigned long phnum);

/* Where the main thread's copy of the TLS image starts. */
extern unsigned char *tls_block;

/* Derives the stack protector's canary from AT_RANDOM (or, without it,
 * from addresses) and stores it where the ABI reads it: the TCB at tp and
 * __stack_chk_guard (kernel/stack_guard.c). */
void stack_guard_init(void *tp, const unsigned char *random);

/* The auxiliary vector, (type, value) pairs ending with type 0. */
extern const unsigned long *auxv_start;

/* Runs the exit handlers that atexit and __cxa_atexit registered, newest
 * first, removing each before it runs (kernel/atexit.c). */
void run_exit_handlers(void);

#endif
