/* getauxval: the kernel's auxiliary vector; ENOENT for an absent type. */
#include <errno.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "check.h"
#include "kernel/runtime.h"

int main(void)
{
	CHECK_UINT(getauxval(AT_PAGESZ), 4096);
	CHECK(getauxval(AT_RANDOM) == (unsigned long)runtime.random);
	CHECK(getauxval(AT_PHDR) != 0);
	CHECK(getauxval(AT_PHNUM) >= 2);
	CHECK(getauxval(AT_ENTRY) != 0);
	CHECK_UINT(getauxval(AT_HWCAP), runtime.hwcap);
	errno = 0;
	CHECK_UINT(getauxval(AT_UID), (unsigned long)getuid());
	CHECK_INT(errno, 0);
	CHECK_UINT(getauxval(12345), 0);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_UINT(getauxval(AT_NULL), 0);
	CHECK_INT(errno, ENOENT);
	return check_done();
}
