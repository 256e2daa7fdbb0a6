/* mkdtemp: make a new directory named after a template. */
#include <stdlib.h>
#include <sys/stat.h>
#include "lib/stdio/temp.h"

static int make_dir(const char *path, int unused)
{
	return mkdir(path, 0700);
}

char *mkdtemp(char *template)
{
	return temp_open(template, 0, make_dir, 0) < 0 ? NULL : template;
}
