/*
 * longjmp, _longjmp, siglongjmp, and sigsetjmp's mask: the signal mask
 * (the kernel's 8 bytes of it) saved with rt_sigprocmask when sigsetjmp is
 * asked to, and put back before the registers are. As on glibc, longjmp
 * and siglongjmp are the same: a buffer from setjmp has no mask saved.
 */
#include <setjmp.h>
#include <stddef.h>
#include "kernel/syscall.h"
#include "lib/stdlib/jmp.h"

#define HOW_SETMASK	2
#define KERNEL_SIGSET	8

_Static_assert(sizeof ((struct __jmp_buf_tag *)0)->__saved_mask >=
	       KERNEL_SIGSET, "jmp_buf holds the kernel's signal set");
_Static_assert(offsetof(struct __jmp_buf_tag, __mask_was_saved) ==
	       sizeof(long) * __BH_JMP_WORDS,
	       "setjmp.S writes the mask flag at this offset");

int jmp_save_mask(struct __jmp_buf_tag *env, int savemask)
{
	env->__mask_was_saved = savemask != 0;
	if (savemask)
		arch_syscall4(__NR_rt_sigprocmask, HOW_SETMASK, SC(NULL),
			      SC(env->__saved_mask), KERNEL_SIGSET);
	return 0;
}

void longjmp(jmp_buf env, int val)
{
	if (env->__mask_was_saved)
		arch_syscall4(__NR_rt_sigprocmask, HOW_SETMASK,
			      SC(env->__saved_mask), SC(NULL), KERNEL_SIGSET);
	jmp_restore(env, val);
}

void _longjmp(jmp_buf env, int val)
{
	longjmp(env, val);
}

void siglongjmp(sigjmp_buf env, int val)
{
	longjmp(env, val);
}
