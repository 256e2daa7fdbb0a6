/*
 * message: the runtime's own formatter (kernel/panic.c) writes every
 * conversion kernel/runtime.h promises; test/TESTS checks the line.
 */
#include <limits.h>
#include <stddef.h>
#include "kernel/runtime.h"

int main(void)
{
	message("s=%s d=%d neg=%d i=%i u=%u x=%x alt=%#x zero=%#x lu=%lu "
		"ld=%ld llu=%llu lld=%lld llx=%llx zu=%zu p=%p nil=%p pct=%%",
		"text", 1234, INT_MIN, 7, 4000000000u, 0xbeefu, 42u, 0u,
		4000000000ul, -5l, ULLONG_MAX, LLONG_MIN, 0x123456789abcdefull,
		(size_t)0, (void *)0x1234, (void *)0);
	return 0;
}
