/* getline: getdelim to a newline. Weak, so that a program may have its own. */
#include "lib/stdio_impl.h"

__attribute__((weak))
ssize_t getline(char **restrict linep, size_t *restrict sizep,
		FILE *restrict f)
{
	return getdelim(linep, sizep, '\n', f);
}
