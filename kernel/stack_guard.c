/*
 * The stack protector's canary. gcc's -fstack-protector code compares a
 * word in each protected frame with the canary: x86_64 and i386 read it
 * from the thread control block (asm/tls.h says where), arm and
 * -mstack-protector-guard=global read __stack_chk_guard. Its lowest byte
 * is zero, so that a string overflow cannot reproduce it.
 */
#include <stdint.h>
#include <asm/tls.h>
#include "kernel/startup.h"

uintptr_t __stack_chk_guard;

void stack_guard_init(void *tp, const unsigned char *random)
{
	uintptr_t guard = 0;
	unsigned int i;

	if (random)	/* the first bytes, as a little-endian word */
		for (i = 0; i < sizeof(guard); i++)
			guard |= (uintptr_t)random[i] << (8 * i);
	else
		guard = ((uintptr_t)&guard * 0x9e3779b1u) ^ (uintptr_t)tp;
	guard &= ~(uintptr_t)0xff;
	__stack_chk_guard = guard;
	if (TLS_GUARD_OFFSET >= 0)
		*(uintptr_t *)((char *)tp + TLS_GUARD_OFFSET) = guard;
}
