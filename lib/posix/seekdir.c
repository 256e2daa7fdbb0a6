/* telldir, seekdir, rewinddir: positions are the kernel's d_off cookies. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include "lib/posix/dir.h"

long telldir(DIR *dir)
{
	off_t *grown;
	size_t i;

	if (!dir) {
		errno = EBADF;
		return -1;
	}
	if (dir->where >= 0 && dir->where <= LONG_MAX)
		return (long)dir->where;
	for (i = 0; i < dir->ntells; i++)
		if (dir->tells[i] == dir->where)
			return -2 - (long)i;
	grown = realloc(dir->tells, (dir->ntells + 1) * sizeof(*grown));
	if (!grown)
		return -1;
	dir->tells = grown;
	dir->tells[dir->ntells] = dir->where;
	return -2 - (long)dir->ntells++;
}

void seekdir(DIR *dir, long pos)
{
	off_t where = pos;

	if (!dir)
		return;
	if (pos < -1) {
		if ((size_t)(-2 - pos) >= dir->ntells)
			return;
		where = dir->tells[-2 - pos];
	}
	if (lseek(dir->fd, where, SEEK_SET) < 0)
		return;
	dir->pos = dir->len = 0;
	dir->where = where;
}

void rewinddir(DIR *dir)
{
	seekdir(dir, 0);
}
