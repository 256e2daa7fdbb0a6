/* The environment: getenv and the runtime's own BAREHEAP_DEBUG switch. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kernel/runtime.h"

/* Compared in place: the runtime asks for BAREHEAP_DEBUG at start-up, and
 * a small program then links no strncmp for it. */
char *getenv(const char *name)
{
	char **e;

	if (!environ)
		return NULL;
	for (e = environ; *e; e++) {
		const char *a = *e, *b = name;

		while (*b && *a == *b) {
			a++;
			b++;
		}
		if (!*b && *a == '=')
			return (char *)a + 1;
	}
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
