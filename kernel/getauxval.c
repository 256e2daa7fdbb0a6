/* getauxval: an entry of the auxiliary vector that start-up kept. */
#include <errno.h>
#include <sys/auxv.h>
#include "kernel/startup.h"

unsigned long getauxval(unsigned long type)
{
	const unsigned long *a;

	for (a = auxv_start; a && a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	errno = ENOENT;
	return 0;
}
