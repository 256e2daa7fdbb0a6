/* getcwd: the kernel's answer, in a buffer of the caller's or one malloc
 * gives (NULL buf: size bytes, or just enough when size is 0). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kernel/syscall.h"

#define CWD_MAX	4096	/* the kernel's own limit, one page */

static char *cwd_into(char *buf, size_t size)
{
	long n = syscall_result(arch_syscall2(__NR_getcwd, SC(buf), SC(size)));

	if (n < 0)
		return NULL;
	/* a directory removed or outside our root: "(unreachable)/..." */
	if (n == 0 || buf[0] != '/') {
		errno = ENOENT;
		return NULL;
	}
	return buf;
}

char *getcwd(char *buf, size_t size)
{
	char *mine, *shrunk;

	if (buf) {
		if (size == 0) {
			errno = EINVAL;
			return NULL;
		}
		return cwd_into(buf, size);
	}
	mine = malloc(size ? size : CWD_MAX);
	if (!mine)
		return NULL;
	if (!cwd_into(mine, size ? size : CWD_MAX)) {
		free(mine);
		return NULL;
	}
	if (size == 0) {
		shrunk = realloc(mine, strlen(mine) + 1);
		if (shrunk)
			mine = shrunk;
	}
	return mine;
}
