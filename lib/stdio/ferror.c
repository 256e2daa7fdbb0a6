/* feof, ferror, clearerr, fileno and their _unlocked twins: a stream's state. */
#include <errno.h>
#include "lib/stdio_impl.h"

int feof(FILE *f)
{
	return !!(f->flags & F_EOF);
}

int ferror(FILE *f)
{
	return !!(f->flags & F_ERR);
}

void clearerr(FILE *f)
{
	f->flags &= ~(F_EOF | F_ERR);
}

int fileno(FILE *f)
{
	if (f->fd < 0)
		errno = EBADF;
	return f->fd;
}

int feof_unlocked(FILE *f)
{
	return feof(f);
}

int ferror_unlocked(FILE *f)
{
	return ferror(f);
}

void clearerr_unlocked(FILE *f)
{
	clearerr(f);
}

int fileno_unlocked(FILE *f)
{
	return fileno(f);
}
