/* Process odds and ends: vfork, nice, getdtablesize. */
#include <errno.h>
#include <limits.h>
#include <sys/resource.h>
#include <unistd.h>

/* A fork: the child gets its own copy, which every correct use of vfork
 * (exec or _exit at once) cannot tell apart. */
pid_t vfork(void)
{
	return fork();
}

/* Returns the new nice value; -1 is a valid one, so errno tells errors. */
int nice(int inc)
{
	int saved = errno, prio;

	errno = 0;
	prio = getpriority(PRIO_PROCESS, 0);
	if (prio == -1 && errno)
		return -1;
	if (inc > 40)
		inc = 40;
	if (inc < -40)
		inc = -40;
	prio += inc;
	if (prio > PRIO_MAX - 1)
		prio = PRIO_MAX - 1;
	if (prio < PRIO_MIN)
		prio = PRIO_MIN;
	if (setpriority(PRIO_PROCESS, 0, prio) < 0) {
		if (errno == EACCES)
			errno = EPERM;
		return -1;
	}
	errno = saved;
	return getpriority(PRIO_PROCESS, 0);
}

int getdtablesize(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return 256;
	return rl.rlim_cur > INT_MAX ? INT_MAX : (int)rl.rlim_cur;
}
