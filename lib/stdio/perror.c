/* perror: print "s: <message for errno>" to stderr. */
#include <errno.h>
#include <string.h>
#include "lib/stdio_impl.h"

void perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}
