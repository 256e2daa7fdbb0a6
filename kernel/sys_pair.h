/*
 * 64-bit system-call arguments on 32-bit targets: two registers, the low
 * word first. arm EABI starts such a pair on an even register, so a call
 * whose pair would start odd takes a padding argument first (PAIR_PAD).
 * Not a public header.
 */
#ifndef KERNEL_SYS_PAIR_H
#define KERNEL_SYS_PAIR_H

#define PAIR_LO(x)	SC((unsigned long long)(x) & 0xffffffffu)
#define PAIR_HI(x)	SC((unsigned long long)(x) >> 32)

#endif
