/* mkostemp, mkstemps, mkostemps: mkstemp with open flags and a suffix. */
#include <fcntl.h>
#include <stdlib.h>
#include "lib/stdio/temp.h"

int temp_make_file(const char *path, int flags)
{
	return open(path, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
}

int mkostemp(char *template, int flags)
{
	return temp_open(template, 0, temp_make_file, flags);
}

int mkstemps(char *template, int suffixlen)
{
	if (suffixlen < 0)
		suffixlen = 1 << 30;	/* too long: EINVAL */
	return temp_open(template, (size_t)suffixlen, temp_make_file, 0);
}

int mkostemps(char *template, int suffixlen, int flags)
{
	if (suffixlen < 0)
		suffixlen = 1 << 30;
	return temp_open(template, (size_t)suffixlen, temp_make_file, flags);
}
