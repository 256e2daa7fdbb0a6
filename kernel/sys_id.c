/*
 * Who a process is: user and group ids, process groups and sessions. The
 * 32-bit targets' plain id calls take 16-bit ids; their *32 calls are the
 * full ones (NR_ID).
 */
#include <grp.h>
#include <unistd.h>
#include "kernel/syscall.h"

#ifdef __NR_getuid32
#define NR_ID(name) __NR_##name##32
#else
#define NR_ID(name) __NR_##name
#endif

pid_t getppid(void)
{
	return arch_syscall0(__NR_getppid);
}

uid_t getuid(void)
{
	return arch_syscall0(NR_ID(getuid));
}

uid_t geteuid(void)
{
	return arch_syscall0(NR_ID(geteuid));
}

gid_t getgid(void)
{
	return arch_syscall0(NR_ID(getgid));
}

gid_t getegid(void)
{
	return arch_syscall0(NR_ID(getegid));
}

int setuid(uid_t uid)
{
	return syscall_result(arch_syscall1(NR_ID(setuid), uid));
}

int setgid(gid_t gid)
{
	return syscall_result(arch_syscall1(NR_ID(setgid), gid));
}

int setreuid(uid_t ruid, uid_t euid)
{
	return syscall_result(arch_syscall2(NR_ID(setreuid), ruid, euid));
}

int setregid(gid_t rgid, gid_t egid)
{
	return syscall_result(arch_syscall2(NR_ID(setregid), rgid, egid));
}

int seteuid(uid_t uid)
{
	return syscall_result(arch_syscall3(NR_ID(setresuid), -1, uid, -1));
}

int setegid(gid_t gid)
{
	return syscall_result(arch_syscall3(NR_ID(setresgid), -1, gid, -1));
}

int getgroups(int n, gid_t list[])
{
	return syscall_result(arch_syscall2(NR_ID(getgroups), n, SC(list)));
}

pid_t setsid(void)
{
	return syscall_result(arch_syscall0(__NR_setsid));
}

pid_t getsid(pid_t pid)
{
	return syscall_result(arch_syscall1(__NR_getsid, pid));
}

int setpgid(pid_t pid, pid_t pgid)
{
	return syscall_result(arch_syscall2(__NR_setpgid, pid, pgid));
}

pid_t getpgid(pid_t pid)
{
	return syscall_result(arch_syscall1(__NR_getpgid, pid));
}

pid_t getpgrp(void)
{
	return getpgid(0);
}

int setpgrp(void)
{
	return setpgid(0, 0);
}

int setgroups(size_t n, const gid_t *list)
{
	return syscall_result(arch_syscall2(NR_ID(setgroups), SC(n), SC(list)));
}

int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid)
{
	return syscall_result(arch_syscall3(NR_ID(getresuid), SC(ruid),
					    SC(euid), SC(suid)));
}

int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid)
{
	return syscall_result(arch_syscall3(NR_ID(getresgid), SC(rgid),
					    SC(egid), SC(sgid)));
}

int setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	return syscall_result(arch_syscall3(NR_ID(setresuid), ruid, euid,
					    suid));
}

int setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
	return syscall_result(arch_syscall3(NR_ID(setresgid), rgid, egid,
					    sgid));
}

pid_t gettid(void)
{
	return arch_syscall0(__NR_gettid);
}
