#ifndef _SETJMP_H
#define _SETJMP_H

/*
 * Non-local jumps. A jmp_buf holds the registers the ABI has the callee
 * save (arch/<arch>/setjmp.S), whether a signal mask was saved, and the
 * mask (sized as glibc's sigset_t).
 *  - x86_64: rbx rbp r12-r15 rsp and the return address
 *  - i386:   ebx esi edi ebp esp and the return address
 *  - arm:    r4-r11 sp lr, then d8-d15 of the VFP
 *  - aarch64: x19-x28 x29 x30 sp, then d8-d15
 *  - riscv64: ra sp s0-s11, then fs0-fs11
 * setjmp and _setjmp do not save the mask (as on glibc); sigsetjmp saves
 * it when asked, and longjmp and siglongjmp restore it when it was saved.
 */
#if defined(__x86_64__)
#define __BH_JMP_WORDS	8
#elif defined(__i386__)
#define __BH_JMP_WORDS	6
#elif defined(__aarch64__)
#define __BH_JMP_WORDS	21
#else			/* arm's 26 words, riscv64's 26 registers */
#define __BH_JMP_WORDS	26
#endif

struct __jmp_buf_tag {
	unsigned long __regs[__BH_JMP_WORDS];
	int __mask_was_saved;
	unsigned long __saved_mask[1024 / (8 * sizeof(unsigned long))];
};

typedef struct __jmp_buf_tag jmp_buf[1];
typedef struct __jmp_buf_tag sigjmp_buf[1];

__attribute__((returns_twice)) int setjmp(jmp_buf env);
__attribute__((returns_twice)) int _setjmp(jmp_buf env);
__attribute__((returns_twice)) int sigsetjmp(sigjmp_buf env, int savemask);
__attribute__((noreturn)) void longjmp(jmp_buf env, int val);
__attribute__((noreturn)) void _longjmp(jmp_buf env, int val);
__attribute__((noreturn)) void siglongjmp(sigjmp_buf env, int val);

#endif
