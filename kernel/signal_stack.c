/* The alternate signal stack, for handlers installed with SA_ONSTACK. */
#include <signal.h>
#include "kernel/syscall.h"

int sigaltstack(const stack_t *ss, stack_t *oss)
{
	return syscall_result(arch_syscall2(__NR_sigaltstack, SC(ss),
					    SC(oss)));
}
