/*
 * __tls_get_addr: where position-independent code (the general- and
 * local-dynamic TLS models) asks for a variable's address. The linker
 * rewrites most such calls into fixed offsets from the thread pointer,
 * but not all (32-bit ARM keeps them); in a static program every variable
 * lives in module 1, the program, at its offset in the main thread's copy
 * (less TLS_DTP_OFFSET where the ABI biases offsets: riscv64).
 */
#include <asm/tls.h>
#include "kernel/startup.h"

#ifndef TLS_DTP_OFFSET
#define TLS_DTP_OFFSET	0
#endif

struct tls_index {
	unsigned long module;
	unsigned long offset;
};

void *__tls_get_addr(const struct tls_index *ti)
{
	return tls_block + ti->offset + TLS_DTP_OFFSET;
}
