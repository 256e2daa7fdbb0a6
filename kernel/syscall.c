/* The C convention for system calls, and syscall() for programs. */
#include <errno.h>
#include <stdarg.h>
#include <unistd.h>
#include "kernel/syscall.h"

long syscall_result(long ret)
{
	if (syscall_failed(ret)) {
		errno = (int)-ret;
		return -1;
	}
	return ret;
}

long syscall(long number, ...)
{
	long a[6];
	va_list ap;
	int i;

	va_start(ap, number);
	for (i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	return syscall_result(arch_syscall6(number, a[0], a[1], a[2], a[3],
					    a[4], a[5]));
}
