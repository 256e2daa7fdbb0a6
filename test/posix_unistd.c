/* unistd.h's smaller calls: confstr, the domain name, real, effective and
 * saved ids, gettid, group_member, get_current_dir_name, syncfs, daemon. */
#define _GNU_SOURCE	/* glibc's declarations, to check the answers */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/random.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[64], *dir;
	uid_t r, e, s;
	gid_t gr, ge, gs;
	int fds[2], status;
	pid_t pid;

	CHECK_INT(confstr(_CS_PATH, buf, sizeof(buf)), 14);
	CHECK_STR(buf, "/bin:/usr/bin");
	CHECK_INT(confstr(_CS_PATH, buf, 4), 14);
	CHECK_STR(buf, "/bi");
	CHECK_INT(confstr(_CS_PATH, NULL, 0), 14);
	errno = 0;
	CHECK_INT(confstr(12345, buf, sizeof(buf)), 0);
	CHECK_INT(errno, EINVAL);

	memset(buf, 'x', sizeof(buf));
	CHECK_INT(getdomainname(buf, sizeof(buf)), 0);
	CHECK(memchr(buf, '\0', sizeof(buf)) != NULL);
	memset(buf, 'x', sizeof(buf));
	CHECK_INT(getdomainname(buf, 0), 0);
	CHECK_INT(buf[0], 'x');

	CHECK_INT(getresuid(&r, &e, &s), 0);
	CHECK_INT(r, getuid());
	CHECK_INT(e, geteuid());
	CHECK_INT(getresgid(&gr, &ge, &gs), 0);
	CHECK_INT(gr, getgid());
	CHECK_INT(setresuid(-1, -1, -1), 0);
	CHECK_INT(setresgid(-1, -1, -1), 0);
	CHECK_INT(gettid(), getpid());
	CHECK_INT(group_member(4000000), 0);

	CHECK_INT(chdir("/tmp"), 0);
	setenv("PWD", "/nonexistent-bareheap", 1);
	dir = get_current_dir_name();
	CHECK_STR(dir, "/tmp");
	free(dir);
	setenv("PWD", "/tmp/.", 1);
	dir = get_current_dir_name();
	CHECK_STR(dir, "/tmp/.");	/* $PWD when it is the same place */
	free(dir);
	CHECK_INT(euidaccess("/tmp", W_OK), 0);
	errno = 0;
	CHECK_INT(eaccess("/nonexistent-bareheap", F_OK), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(syncfs(0) == 0 || errno == EBADF || errno == EINVAL, 1);

	{
		unsigned char a[32] = { 0 }, b[32] = { 0 }, big[300];

		CHECK_INT(getrandom(a, sizeof(a), 0), 32);
		CHECK_INT(getentropy(b, sizeof(b)), 0);
		CHECK(memcmp(a, b, sizeof(a)) != 0);
		CHECK_INT(getrandom(a, 4, GRND_NONBLOCK), 4);
		errno = 0;
		CHECK_INT(getentropy(big, sizeof(big)), -1);
		CHECK_INT(errno, EIO);
		errno = 0;
		CHECK_INT(getrandom(a, 4, 0x1000), -1);
		CHECK_INT(errno, EINVAL);
	}
	CHECK(sched_getcpu() >= 0);

	/* daemon: the caller's child carries on in a new session */
	CHECK_INT(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		if (daemon(0, 1) < 0)
			_exit(1);
		buf[0] = getsid(0) == getpid() ? 'y' : 'n';
		buf[1] = getcwd(buf + 2, sizeof(buf) - 2) &&
			 strcmp(buf + 2, "/") == 0 ? 'y' : 'n';
		if (write(fds[1], buf, 2) != 2)
			_exit(2);
		_exit(0);
	}
	close(fds[1]);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 0);	/* daemon's parent exits 0 */
	CHECK_INT(read(fds[0], buf, 2), 2);	/* after the daemon wrote */
	CHECK_INT(buf[0], 'y');
	CHECK_INT(buf[1], 'y');
	close(fds[0]);
	return check_done();
}
