/* The exec family: arguments and environment, PATH search and its errors,
 * and the /bin/sh fallback for files the kernel cannot execute (where
 * there is a /bin/sh). The program execs itself, with "child" arguments. */
#define _GNU_SOURCE	/* execvpe under glibc, to check the answers */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static char self[4096], self_dir[4096], top[64];
static const char *self_name;

static int child_main(int argc, char **argv)
{
	const char *x = getenv("BH_X");

	if (strcmp(argv[1], "child-env") == 0)
		return x && strcmp(x, "yes") == 0 && !getenv("PATH") ? 20 : 21;
	return 10 + argc;
}

/* Runs fn in a child and returns its exit status (or 100 + a signal). */
static int in_child(void (*fn)(void))
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		fn();
		_exit(99);	/* the exec failed */
	}
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

static void run_execv(void)
{
	char *argv[] = { self, "child", "a", "b", NULL };

	execv(self, argv);
}

static void run_execl(void)
{
	execl(self, self, "child", (char *)NULL);
}

static void run_execle(void)
{
	char *envp[] = { "BH_X=yes", NULL };

	execle(self, self, "child-env", (char *)NULL, envp);
}

static void run_execvp(void)
{
	char *argv[] = { (char *)self_name, "child", "x", NULL };

	setenv("PATH", "/nonexistent-bareheap:/tmp", 1);
	{
		char path[8192];

		snprintf(path, sizeof(path), "/nonexistent-bareheap:%s",
			 self_dir);
		setenv("PATH", path, 1);
	}
	execvp(self_name, argv);
}

static void run_execlp(void)
{
	setenv("PATH", self_dir, 1);
	execlp(self_name, self_name, "child", "1", "2", "3", (char *)NULL);
}

static void run_execvpe(void)
{
	char *argv[] = { (char *)self_name, "child-env", NULL };
	char *envp[] = { "BH_X=yes", NULL };

	setenv("PATH", self_dir, 1);
	execvpe(self_name, argv, envp);
}

static char script[128];

static void run_script_path(void)
{
	char *argv[] = { script, NULL };

	execvp(script, argv);
}

static void run_script_search(void)
{
	char *argv[] = { "script", NULL };

	setenv("PATH", top, 1);
	execvp("script", argv);
}

static void write_file(const char *path, const char *text, mode_t mode)
{
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);

	CHECK(fd >= 0);
	CHECK_INT(write(fd, text, strlen(text)), (long)strlen(text));
	close(fd);
	CHECK_INT(chmod(path, mode), 0);
}

int main(int argc, char **argv)
{
	char noexec[128];
	char *args[] = { "x", NULL };
	char *slash;

	if (argc > 1 && strncmp(argv[1], "child", 5) == 0)
		return child_main(argc, argv);
	if (argv[0][0] == '/')
		snprintf(self, sizeof(self), "%s", argv[0]);
	else
		CHECK(readlink("/proc/self/exe", self, sizeof(self) - 1) > 0);
	snprintf(self_dir, sizeof(self_dir), "%s", self);
	slash = strrchr(self_dir, '/');
	*slash = '\0';
	self_name = strrchr(self, '/') + 1;

	CHECK_INT(in_child(run_execv), 14);
	CHECK_INT(in_child(run_execl), 12);
	CHECK_INT(in_child(run_execle), 20);
	CHECK_INT(in_child(run_execvp), 13);
	CHECK_INT(in_child(run_execlp), 15);
	CHECK_INT(in_child(run_execvpe), 20);

	snprintf(top, sizeof(top), "/tmp/posix_exec.%d", (int)getpid());
	CHECK_INT(mkdir(top, 0755), 0);
	snprintf(noexec, sizeof(noexec), "%s/noexec", top);
	snprintf(script, sizeof(script), "%s/script", top);
	write_file(noexec, "exit 5\n", 0644);
	write_file(script, "exit 7\n", 0755);

	setenv("PATH", top, 1);
	errno = 0;
	CHECK_INT(execvp("noexec", args), -1);
	CHECK_INT(errno, EACCES);
	errno = 0;
	CHECK_INT(execvp("no-such-program-bareheap", args), -1);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_INT(execvp("", args), -1);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_INT(execv(script, args), -1);	/* no #!: the kernel refuses */
	CHECK_INT(errno, ENOEXEC);
	errno = 0;
	CHECK_INT(execv(noexec, args), -1);
	CHECK_INT(errno, EACCES);
	errno = 0;
	CHECK_INT(execl("/nonexistent-bareheap", "x", (char *)NULL), -1);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_INT(execv(top, args), -1);
	CHECK_INT(errno, EACCES);
	if (access("/bin/sh", X_OK) == 0) {
		CHECK_INT(in_child(run_script_path), 7);
		CHECK_INT(in_child(run_script_search), 7);
	}
	CHECK_INT(unlink(noexec), 0);
	CHECK_INT(unlink(script), 0);
	CHECK_INT(rmdir(top), 0);
	return check_done();
}
