/* sysconf and getpagesize: the page size comes from the auxiliary vector. */
#include <errno.h>
#include <unistd.h>
#include "kernel/runtime.h"

int getpagesize(void)
{
	return (int)runtime.page_size;
}

long sysconf(int name)
{
	if (name == _SC_PAGESIZE)
		return (long)runtime.page_size;
	errno = EINVAL;
	return -1;
}
