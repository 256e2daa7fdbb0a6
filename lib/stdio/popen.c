/*
 * popen, pclose: a stream on a pipe to or from "/bin/sh -c command".
 * The parent's end is close-on-exec; the child also closes the pipes of
 * earlier popen streams, as POSIX asks, so that they see their EOF.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "kernel/syscall.h"
#include "lib/stdio_impl.h"

static int popen_close(FILE *f)
{
	return close(f->fd);
}

static __attribute__((noreturn))
void run_child(const char *command, int end, int target)
{
	char *argv[4];
	FILE *f;

	for (f = open_files; f; f = f->next)
		if (f->close == popen_close)
			close(f->fd);
	if (end == target)	/* it is already there, but close-on-exec */
		arch_syscall3(__NR_fcntl, end, 2 /* F_SETFD */, 0);
	else if (dup2(end, target) < 0)
		_exit(127);
	argv[0] = "sh";
	argv[1] = "-c";
	argv[2] = (char *)command;
	argv[3] = NULL;
	execve("/bin/sh", argv, environ);
	_exit(127);
}

FILE *popen(const char *command, const char *mode)
{
	int reading, fds[2], mine, theirs;
	pid_t pid;
	FILE *f;

	if ((mode[0] != 'r' && mode[0] != 'w') ||
	    (mode[1] && (mode[1] != 'e' || mode[2]))) {
		errno = EINVAL;
		return NULL;
	}
	reading = mode[0] == 'r';
	if (syscall_result(arch_syscall2(__NR_pipe2, SC(fds), O_CLOEXEC)) < 0)
		return NULL;
	mine = reading ? fds[0] : fds[1];
	theirs = reading ? fds[1] : fds[0];
	f = file_new(mine, reading ? F_READ : F_WRITE);
	if (!f) {
		close(fds[0]);
		close(fds[1]);
		return NULL;
	}
	pid = fork();
	if (pid == 0)
		run_child(command, theirs, reading ? 1 : 0);
	close(theirs);
	if (pid < 0) {
		int saved = errno;

		fclose(f);
		errno = saved;
		return NULL;
	}
	f->close = popen_close;
	f->pid = pid;
	return f;
}

int pclose(FILE *f)
{
	pid_t pid = f->pid, r;
	int status;

	if (f->close != popen_close) {
		errno = ECHILD;
		return -1;
	}
	fclose(f);
	do
		r = waitpid(pid, &status, 0);
	while (r < 0 && errno == EINTR);
	return r < 0 ? -1 : status;
}
