/* flockfile, ftrylockfile, funlockfile, fflush_unlocked: bareheap's stdio is
 * single-threaded, so a stream's lock is always free. */
#include "lib/stdio_impl.h"

void flockfile(FILE *f)
{
}

int ftrylockfile(FILE *f)
{
	return 0;
}

void funlockfile(FILE *f)
{
}

int fflush_unlocked(FILE *f)
{
	return fflush(f);
}
