/* TLS in the general-dynamic model, as -fPIC code has it: calls of
 * __tls_get_addr, which the linker rewrites into thread-pointer offsets
 * on x86 but keeps on arm, reach the same variables. */
#include <stdint.h>
#include "check.h"

#define GD __attribute__((tls_model("global-dynamic")))

GD __thread int pic_init = 1234;
GD __thread char pic_zero[40];
GD __thread long long pic_aligned __attribute__((aligned(32))) = -7;

__attribute__((noinline)) static int *gd_int(void)
{
	return &pic_init;
}

int main(void)
{
	CHECK_INT(pic_init, 1234);
	CHECK_INT(*gd_int(), 1234);
	CHECK(gd_int() == &pic_init);
	CHECK_INT(pic_zero[39], 0);
	CHECK(pic_aligned == -7);
	CHECK(((uintptr_t)&pic_aligned & 31) == 0);
	*gd_int() = 5;
	CHECK_INT(pic_init, 5);
	return check_done();
}
