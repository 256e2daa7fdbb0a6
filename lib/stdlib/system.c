/*
 * system: runs a command with /bin/sh -c and waits for it, as POSIX says:
 * SIGCHLD blocked and SIGINT, SIGQUIT ignored in the caller meanwhile,
 * the child starting with the caller's own dispositions and mask. Returns
 * the wait status, 127 << 8 when the shell could not run, -1 when no
 * child could be made; system(NULL) says whether a shell is there.
 * Raw rt_sigaction and rt_sigprocmask: the kernel's 8-byte signal set.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "kernel/syscall.h"

#define SIG_INT		2
#define SIG_QUIT	3
#define SIG_CHLD	17
#define HOW_BLOCK	0
#define HOW_SETMASK	2
#define IGNORE		1UL	/* SIG_IGN */

/* The kernel's struct sigaction on x86_64, i386 and ARM alike. */
struct raw_action {
	unsigned long handler;
	unsigned long flags;
	unsigned long restorer;
	unsigned long mask[8 / sizeof(unsigned long)];
};

static void set_action(int sig, const struct raw_action *act,
		       struct raw_action *old)
{
	arch_syscall4(__NR_rt_sigaction, sig, SC(act), SC(old), 8);
}

static void set_mask(int how, const unsigned long *set, unsigned long *old)
{
	arch_syscall4(__NR_rt_sigprocmask, how, SC(set), SC(old), 8);
}

int system(const char *command)
{
	static const char shell[] = "/bin/sh";
	struct raw_action ignore = { .handler = IGNORE }, old_int, old_quit;
	unsigned long chld[8 / sizeof(unsigned long)] = { 0 };
	unsigned long old_mask[8 / sizeof(unsigned long)];
	int status = -1, saved;
	pid_t pid;

	if (!command)
		return system("exit 0") == 0;
	chld[0] = 1UL << (SIG_CHLD - 1);
	set_mask(HOW_BLOCK, chld, old_mask);
	set_action(SIG_INT, &ignore, &old_int);
	set_action(SIG_QUIT, &ignore, &old_quit);
	pid = fork();
	if (pid == 0) {
		char *argv[] = { "sh", "-c", (char *)command, NULL };

		set_action(SIG_INT, &old_int, NULL);
		set_action(SIG_QUIT, &old_quit, NULL);
		set_mask(HOW_SETMASK, old_mask, NULL);
		execve(shell, argv, environ);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0)
			if (errno != EINTR) {
				status = -1;
				break;
			}
	saved = errno;
	set_action(SIG_INT, &old_int, NULL);
	set_action(SIG_QUIT, &old_quit, NULL);
	set_mask(HOW_SETMASK, old_mask, NULL);
	errno = saved;
	return status;
}
