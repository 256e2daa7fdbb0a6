/* prctl: up to four further arguments, each an integer or a pointer. */
#include <stdarg.h>
#include <sys/prctl.h>
#include "kernel/syscall.h"

int prctl(int option, ...)
{
	unsigned long a[4];
	va_list ap;
	int i;

	va_start(ap, option);
	for (i = 0; i < 4; i++)
		a[i] = va_arg(ap, unsigned long);
	va_end(ap);
	return syscall_result(arch_syscall5(__NR_prctl, option, SC(a[0]),
					    SC(a[1]), SC(a[2]), SC(a[3])));
}
