/* The system as a whole, for init programs: mount, umount, reboot. */
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

int umount2(const char *target, int flags)
{
	return syscall_result(arch_syscall2(__NR_umount2, SC(target), flags));
}

int umount(const char *target)
{
	return umount2(target, 0);
}

int reboot(int cmd)
{
	return syscall_result(arch_syscall4(__NR_reboot, LINUX_REBOOT_MAGIC1,
					    LINUX_REBOOT_MAGIC2, cmd, 0));
}
