#ifndef _SYS_REBOOT_H
#define _SYS_REBOOT_H

/* The kernel accepts a reboot command only after these two magic numbers. */
#define LINUX_REBOOT_MAGIC1	0xfee1dead
#define LINUX_REBOOT_MAGIC2	672274793

/* Commands (the same values as Linux's LINUX_REBOOT_CMD_*). */
#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xcdef0123
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321fedc
#define LINUX_REBOOT_CMD_CAD_ON		0x89abcdef
#define LINUX_REBOOT_CMD_CAD_OFF	0x00000000

#define RB_AUTOBOOT	LINUX_REBOOT_CMD_RESTART
#define RB_HALT_SYSTEM	LINUX_REBOOT_CMD_HALT
#define RB_POWER_OFF	LINUX_REBOOT_CMD_POWER_OFF
#define RB_ENABLE_CAD	LINUX_REBOOT_CMD_CAD_ON
#define RB_DISABLE_CAD	LINUX_REBOOT_CMD_CAD_OFF

/* Passes cmd to the kernel with the magic numbers; returns only on failure
 * (-1 with errno; EPERM without CAP_SYS_BOOT). */
int reboot(int cmd);

#endif
