/* The system's names: uname, the host name and the domain name. */
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "kernel/syscall.h"

int uname(struct utsname *buf)
{
	return syscall_result(arch_syscall1(__NR_uname, SC(buf)));
}

int gethostname(char *name, size_t n)
{
	struct utsname u;
	size_t len;

	if (uname(&u) < 0)
		return -1;
	len = strlen(u.nodename) + 1;
	if (len > n) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(name, u.nodename, len);
	return 0;
}

int sethostname(const char *name, size_t n)
{
	return syscall_result(arch_syscall2(__NR_sethostname, SC(name), SC(n)));
}

/* The NIS domain name, "(none)" on a system that never set one; cut to
 * n bytes, without a terminator then, as glibc does. */
int getdomainname(char *name, size_t n)
{
	struct utsname u;
	size_t len;

	if (uname(&u) < 0)
		return -1;
	len = strlen(u.domainname) + 1;
	memcpy(name, u.domainname, len < n ? len : n);
	return 0;
}

int setdomainname(const char *name, size_t n)
{
	return syscall_result(arch_syscall2(__NR_setdomainname, SC(name),
					    SC(n)));
}
