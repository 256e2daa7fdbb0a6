/* Sending signals: killpg, sigqueue (raise is beside abort, kernel/abort.c). */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "kernel/signal.h"
#include "kernel/syscall.h"

#ifdef __NR_getuid32
#define UID_CALL	__NR_getuid32
#else
#define UID_CALL	__NR_getuid
#endif

int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0) {
		errno = EINVAL;
		return -1;
	}
	return kill(-pgrp, sig);
}

int sigqueue(pid_t pid, int sig, const union sigval value)
{
	siginfo_t info;

	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info.si_code = SI_QUEUE;
	info.si_pid = arch_syscall0(__NR_getpid);
	info.si_uid = arch_syscall0(UID_CALL);
	info.si_value = value;
	return syscall_result(arch_syscall3(__NR_rt_sigqueueinfo, pid, sig,
					    SC(&info)));
}
