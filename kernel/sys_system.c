/* The system as a whole, for init programs: mount, reboot. */
#include <sys/mount.h>
#include <sys/reboot.h>
#include "kernel/syscall.h"

int mount(const char *source, const char *target, const char *fstype,
	  unsigned long flags, const void *data)
{
	return syscall_result(arch_syscall5(__NR_mount, SC(source),
					    SC(target), SC(fstype),
					    SC(flags), SC(data)));
}

int reboot(int cmd)
{
	return syscall_result(arch_syscall4(__NR_reboot, LINUX_REBOOT_MAGIC1,
					    LINUX_REBOOT_MAGIC2, cmd, 0));
}
