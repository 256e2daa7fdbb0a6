/* A TLS segment too large for the runtime's static buffer, with a
 * page-aligned variable: it is mapped, aligned and initialised. */
#include <stdint.h>
#include "check.h"

__thread char big_zero[20000];
__thread int big_init[1000] = { 1, 2, 3, [999] = 999 };
__thread char page_aligned[16] __attribute__((aligned(4096))) = "page";

int main(void)
{
	size_t i;
	int ok = 1;

	CHECK(((uintptr_t)page_aligned & 4095) == 0);
	CHECK_STR(page_aligned, "page");
	CHECK_INT(big_init[0], 1);
	CHECK_INT(big_init[2], 3);
	CHECK_INT(big_init[3], 0);
	CHECK_INT(big_init[999], 999);
	for (i = 0; i < sizeof(big_zero); i++)
		ok &= big_zero[i] == 0;
	CHECK(ok);
	big_zero[19999] = 1;
	big_init[999] = 5;
	CHECK_INT(big_zero[19999], 1);
	CHECK_INT(big_init[999], 5);
	CHECK_STR(page_aligned, "page");
	return check_done();
}
