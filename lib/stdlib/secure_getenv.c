/* secure_getenv: getenv; bareheap programs do not run set-user-ID. */
#include <stdlib.h>

char *secure_getenv(const char *name)
{
	return getenv(name);
}
