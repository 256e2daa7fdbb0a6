/* mkstemp: make and open a new file named after a template. */
#include <stdlib.h>
#include "lib/stdio/temp.h"

int temp_make_file(const char *path, int flags);

int mkstemp(char *template)
{
	return temp_open(template, 0, temp_make_file, 0);
}
