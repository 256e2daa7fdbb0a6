/* Waiting for a blocked signal: sigwait, sigwaitinfo, sigtimedwait. */
#include <errno.h>
#include <signal.h>
#include <time.h>
#include "kernel/signal.h"
#include "kernel/syscall.h"

int sigtimedwait(const sigset_t *set, siginfo_t *info,
		 const struct timespec *timeout)
{
	long ret;

#ifdef __NR_rt_sigtimedwait_time64
	/* struct timespec is two 64-bit fields there, as the call wants */
	struct { long long sec, nsec; } k64;

	if (timeout) {
		k64.sec = timeout->tv_sec;
		k64.nsec = timeout->tv_nsec;
	}
	ret = arch_syscall4(__NR_rt_sigtimedwait_time64, SC(set), SC(info),
			    timeout ? SC(&k64) : 0, KSIGSET_SIZE);
	if (ret != -ENOSYS)
		return syscall_result(ret);
#endif
	struct { long sec, nsec; } k;

	if (timeout) {
		k.sec = (long)timeout->tv_sec;
		k.nsec = timeout->tv_nsec;
	}
	ret = arch_syscall4(__NR_rt_sigtimedwait, SC(set), SC(info),
			    timeout ? SC(&k) : 0, KSIGSET_SIZE);
	return syscall_result(ret);
}

int sigwaitinfo(const sigset_t *set, siginfo_t *info)
{
	return sigtimedwait(set, info, NULL);
}

/* Returns the error number rather than setting errno, and never EINTR. */
int sigwait(const sigset_t *set, int *sig)
{
	int saved = errno, got;

	do
		got = sigtimedwait(set, NULL, NULL);
	while (got < 0 && errno == EINTR);
	if (got < 0) {
		got = errno;
		errno = saved;
		return got;
	}
	*sig = got;
	return 0;
}
