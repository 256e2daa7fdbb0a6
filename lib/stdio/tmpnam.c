/* tmpnam: a name in the temporary directory that no file has yet. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include "kernel/syscall.h"
#include "lib/stdio/temp.h"
#include "lib/stdio_impl.h"

#define F_OK_MODE	0

/* Succeeds when nothing has the name. */
static int name_is_free(const char *path, int unused)
{
	long r = arch_syscall3(__NR_faccessat, AT_FDCWD, SC(path), F_OK_MODE);

	if (!syscall_failed(r)) {
		errno = EEXIST;
		return -1;
	}
	return r == -ENOENT ? 0 : syscall_result(r);
}

char *tmpnam(char *s)
{
	static char name[L_tmpnam];
	char *out = s ? s : name;

	memcpy(out, P_tmpdir "/fileXXXXXX", sizeof P_tmpdir "/fileXXXXXX");
	return temp_open(out, 0, name_is_free, 0) < 0 ? NULL : out;
}
