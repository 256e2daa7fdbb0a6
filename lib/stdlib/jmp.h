/* The two halves of setjmp and longjmp: arch/<arch>/setjmp.S saves and
 * restores the registers, lib/stdlib/longjmp.c the signal mask. */
#ifndef LIB_STDLIB_JMP_H
#define LIB_STDLIB_JMP_H

#include <setjmp.h>

/* sigsetjmp's C half: notes whether the mask is saved, saves it; 0. */
int jmp_save_mask(struct __jmp_buf_tag *env, int savemask);

/* Loads the registers env saved: setjmp returns again, with val or 1. */
__attribute__((noreturn)) void jmp_restore(struct __jmp_buf_tag *env, int val);

#endif
