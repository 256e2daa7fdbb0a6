/*
 * execvp and execvpe: a name without a slash is looked for in each
 * directory of PATH ("/bin:/usr/bin" when PATH is unset; an empty entry is
 * the current directory). A file the kernel cannot execute (ENOEXEC) is
 * given to /bin/sh as a script. EACCES from any directory is remembered
 * and reported when nothing else ran; errors that say the file is not
 * there move on; any other error ends the search.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_PATH	"/bin:/usr/bin"
#define SHELL		"/bin/sh"

static void run_as_script(const char *path, char *const argv[],
			  char *const envp[])
{
	size_t n = 0;

	while (argv[n])
		n++;
	{
		char *args[n + 2];
		size_t i;

		args[0] = (char *)SHELL;
		args[1] = (char *)path;
		for (i = 1; i <= n; i++)
			args[i + 1] = argv[i];	/* argv[n] is the NULL */
		if (n == 0)
			args[2] = NULL;
		execve(SHELL, args, envp);
	}
}

static void try_exec(const char *path, char *const argv[], char *const envp[])
{
	execve(path, argv, envp);
	if (errno == ENOEXEC)
		run_as_script(path, argv, envp);	/* errno: the shell's */
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	const char *dirs, *dir, *end;
	size_t flen;
	int denied = 0;

	if (!file) {
		errno = EFAULT;		/* what execve says of a NULL path */
		return -1;
	}
	flen = strlen(file);
	if (flen == 0) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/')) {
		try_exec(file, argv, envp);
		return -1;
	}
	if (flen > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	dirs = getenv("PATH");
	if (!dirs)
		dirs = DEFAULT_PATH;
	for (dir = dirs;; dir = end + 1) {
		char path[PATH_MAX];
		size_t dlen;

		end = strchr(dir, ':');
		if (!end)
			end = dir + strlen(dir);
		dlen = (size_t)(end - dir);
		if (dlen + 1 + flen < sizeof(path)) {
			memcpy(path, dir, dlen);
			path[dlen] = '/';
			memcpy(path + dlen + 1, file, flen + 1);
			/* an empty entry: "file" in the current directory */
			try_exec(dlen ? path : path + 1, argv, envp);
			switch (errno) {
			case EACCES:
				denied = 1;
				/* fall through */
			case ENOENT:
			case ENOTDIR:
			case ESTALE:
			case ENODEV:
			case ETIMEDOUT:
			case ELOOP:
			case ENAMETOOLONG:
				break;
			default:
				return -1;
			}
		}
		if (!*end)
			break;
	}
	errno = denied ? EACCES : ENOENT;
	return -1;
}

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, environ);
}
