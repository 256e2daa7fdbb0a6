/* ioctl: one further argument, an integer or a pointer. */
#include <stdarg.h>
#include <sys/ioctl.h>
#include "kernel/syscall.h"

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	long arg;

	va_start(ap, request);
	arg = va_arg(ap, long);
	va_end(ap);
	return syscall_result(arch_syscall3(__NR_ioctl, fd, SC(request), arg));
}
