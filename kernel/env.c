/* The environment: getenv and the runtime's own BAREHEAP_DEBUG switch. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kernel/runtime.h"

char *getenv(const char *name)
{
	size_t len = strlen(name);
	char **e;

	if (!environ)
		return NULL;
	for (e = environ; *e; e++)
		if (strncmp(*e, name, len) == 0 && (*e)[len] == '=')
			return *e + len + 1;
	return NULL;
}

int runtime_debug(void)
{
	const char *v;

	if (!IS_ENABLED(CONFIG_DEBUG_ENV))
		return 0;
	v = getenv("BAREHEAP_DEBUG");
	return v && *v && strcmp(v, "0") != 0;
}
