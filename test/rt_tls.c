/* Thread-local storage of the main thread: initialised and zeroed __thread
 * variables of several sizes and alignments get their own, aligned,
 * correctly initialised storage, and the thread control block points to
 * itself where the x86 ABIs say. */
#include <stdint.h>
#include <string.h>
#include "check.h"

__thread char t_char = 'q';
__thread short t_short = -1234;
__thread int t_int = 0x12345678;
__thread long long t_ll = 0x0123456789abcdefLL;
__thread double t_double = 2.5;
__thread char t_str[13] = "thread-local";
__thread int t_zero;
__thread char t_zero_buf[100];
__thread long long t_aligned16 __attribute__((aligned(16))) = 16;
__thread int t_aligned64 __attribute__((aligned(64))) = 64;
__thread char t_zero64[3] __attribute__((aligned(64)));
static __thread int t_static = 77;
static __thread int t_static_zero;

static int *addr_of_static(void)
{
	return &t_static;
}

static int aligned(const void *p, uintptr_t a)
{
	return ((uintptr_t)p & (a - 1)) == 0;
}

int main(void)
{
	size_t i;
	int zero = 1;

	CHECK_INT(t_char, 'q');
	CHECK_INT(t_short, -1234);
	CHECK_INT(t_int, 0x12345678);
	CHECK(t_ll == 0x0123456789abcdefLL);
	CHECK(t_double == 2.5);
	CHECK_STR(t_str, "thread-local");
	CHECK_INT(t_aligned16, 16);
	CHECK_INT(t_aligned64, 64);
	CHECK_INT(t_static, 77);
	CHECK_INT(*addr_of_static(), 77);

	CHECK_INT(t_zero, 0);
	CHECK_INT(t_static_zero, 0);
	for (i = 0; i < sizeof(t_zero_buf); i++)
		zero &= t_zero_buf[i] == 0;
	for (i = 0; i < sizeof(t_zero64); i++)
		zero &= t_zero64[i] == 0;
	CHECK(zero);

	CHECK(aligned(&t_short, 2));
	CHECK(aligned(&t_int, 4));
	CHECK(aligned(&t_ll, __alignof__(long long)));
	CHECK(aligned(&t_aligned16, 16));
	CHECK(aligned(&t_aligned64, 64));
	CHECK(aligned(t_zero64, 64));

	/* Writes land in separate places. */
	memset(t_zero_buf, 0x5a, sizeof(t_zero_buf));
	t_zero = -1;
	t_static_zero = 3;
	t_char = 'z';
	CHECK_INT(t_int, 0x12345678);
	CHECK(t_ll == 0x0123456789abcdefLL);
	CHECK_STR(t_str, "thread-local");
	CHECK_INT(t_aligned64, 64);
	CHECK_INT(t_zero64[0], 0);
	CHECK_INT(t_static, 77);
	CHECK_INT(t_zero, -1);
	CHECK_INT(t_static_zero, 3);
	CHECK_INT(t_char, 'z');
	/* The initial image itself is untouched: only the copy changed. */
	CHECK((char *)&t_int != (char *)&t_char);

#if defined(__x86_64__) || defined(__i386__)
	{
		uintptr_t self, self2;

#ifdef __x86_64__
		__asm__("mov %%fs:0, %0" : "=r"(self));
		__asm__("mov %%fs:16, %0" : "=r"(self2));
#else
		__asm__("mov %%gs:0, %0" : "=r"(self));
		__asm__("mov %%gs:8, %0" : "=r"(self2));
#endif
		/* Variant II: the block lies just below the thread pointer. */
		CHECK(self != 0);
		CHECK_UINT(self2, self);
		CHECK((uintptr_t)&t_int < self);
		CHECK((uintptr_t)&t_aligned64 < self);
		CHECK(self - (uintptr_t)&t_char < 4096);
	}
#endif
#ifdef __arm__
	{
		extern void *__aeabi_read_tp(void);
		uintptr_t tp;

		__asm__("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
		CHECK_UINT((uintptr_t)__aeabi_read_tp(), tp);
		/* Variant I: the block follows the 8-byte TCB. */
		CHECK((uintptr_t)&t_char >= tp + 8);
		CHECK((uintptr_t)&t_char - tp < 4096);
	}
#endif
	return check_done();
}
