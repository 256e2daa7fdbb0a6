/*
 * /init for booted kernels (qemu-system and User-Mode Linux): the duties of
 * PID 1, and the test runner (test/runner/runner.c, /tests/runner) started
 * once for every architecture whose programs the initramfs holds.
 *
 * The initramfs holds this program as /init, the runner as /tests/runner,
 * the manifest as /tests/TESTS and the test programs as
 * /tests/<arch>/<program>, for one or more architectures (the amd64 kernel
 * also runs the x86 programs). The kernel command line names the
 * environment; the kernel hands its unknown key=value words to init as
 * environment variables:
 *
 *   bareheap_env=system|uml   the environment name the `where` field matches
 *   bareheap_timeout=SECONDS  per test (default 120)
 *   bareheap_filter=GLOB,...  run only the tests whose name matches one
 *
 * init mounts /proc, /sys and /dev, makes the console fds 0 to 2, runs the
 * runner (its own architecture's tests first, then the others), reaps
 * every orphan while it waits, and powers the machine off: init must never
 * return, or the kernel panics. The runner ends with "guest: N passed, N
 * failed", the line qemu/guest.sh looks for.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../test/runner/say.h"

/* INIT_ARCH, the architecture it is built for, comes from the Makefile. */
#define RUNNER		"/tests/runner"
#define MAX_ARCHES	8

extern char **environ;

/* Mounts /proc, /sys and /dev, and makes sure fds 0, 1 and 2 are the console. */
static void setup_system(void)
{
	int fd;

	mkdir("/proc", 0755);
	mkdir("/sys", 0755);
	mkdir("/dev", 0755);
	mkdir("/tmp", 01777);
	if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC,
		  NULL) != 0 && errno != EBUSY)
		say("init: mount /proc: %s", strerror(errno));
	if (mount("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
		  NULL) != 0 && errno != EBUSY)
		say("init: mount /sys: %s", strerror(errno));
	if (mount("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, NULL) != 0 &&
	    errno != EBUSY)
		say("init: mount /dev: %s", strerror(errno));

	/* The kernel opens /dev/console for init when the initramfs has it;
	 * otherwise there is no fd 1 yet and devtmpfs supplies the node. */
	if (write(1, "", 0) != 0) {
		fd = open("/dev/console", O_RDWR | O_NOCTTY);
		if (fd >= 0) {
			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
			if (fd > 2)
				close(fd);
		}
	}
}

__attribute__((noreturn)) static void power_off(void)
{
	struct timespec ts = { 1000, 0 };

	sync();
	reboot(RB_POWER_OFF);
	say("init: power off failed (%s); restarting", strerror(errno));
	reboot(RB_AUTOBOOT);
	for (;;)
		nanosleep(&ts, NULL);
}

/* "-d ARCH=/tests/ARCH" for each directory of /tests, init's own
 * architecture first: how many, in pairs[]. */
static int find_arches(char pairs[][80])
{
	struct dirent *d;
	DIR *dir;
	int n = 0, own = 0;

	dir = opendir("/tests");
	if (!dir)
		return 0;
	while ((d = readdir(dir)) && n < MAX_ARCHES) {
		if (d->d_type != DT_DIR || d->d_name[0] == '.' ||
		    strlen(d->d_name) > 32)
			continue;
		snprintf(pairs[n], 80, "%s=/tests/%s", d->d_name, d->d_name);
		if (strcmp(d->d_name, INIT_ARCH) == 0 && n > own) {
			char first[80];

			memcpy(first, pairs[own], 80);
			memcpy(pairs[own], pairs[n], 80);
			memcpy(pairs[n], first, 80);
		}
		if (strcmp(d->d_name, INIT_ARCH) == 0)
			own = 1;
		n++;
	}
	closedir(dir);
	return n;
}

/* Starts the runner; waits for it, reaping whatever else ends. */
static int run_tests(char **argv)
{
	pid_t pid, got;
	int st;

	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		execve(argv[0], argv, environ);
		say("init: cannot run %s: %s", argv[0], strerror(errno));
		_exit(127);
	}
	for (;;) {
		got = wait(&st);
		if (got == pid)
			return WIFEXITED(st) && WEXITSTATUS(st) < 2 ? 0 : -1;
		if (got < 0 && errno != EINTR)
			return -1;
	}
}

int main(void)
{
	static char pairs[MAX_ARCHES][80];
	char *argv[16 + 2 * MAX_ARCHES], where[64];
	const char *env = "system", *timeout = "120", *filter = "", *v;
	int argc = 0, n, i;

	setup_system();
	if ((v = getenv("bareheap_env")) && *v)
		env = v;
	if ((v = getenv("bareheap_timeout")) && atoi(v) > 0)
		timeout = v;
	if ((v = getenv("bareheap_filter")))
		filter = v;
	say("bareheap-init: " INIT_ARCH " init, environment %s, "
	    "timeout %ss per test", env, timeout);

	argv[argc++] = RUNNER;
	argv[argc++] = "-m";
	argv[argc++] = "/tests/TESTS";
	argv[argc++] = "-e";
	argv[argc++] = (char *)env;
	argv[argc++] = "-t";
	argv[argc++] = (char *)timeout;
	argv[argc++] = "-f";
	argv[argc++] = (char *)filter;
	argv[argc++] = "-S";
	argv[argc++] = "guest";
	argv[argc++] = "-p";
	argv[argc++] = "bareheap-init";
	n = find_arches(pairs);
	for (i = 0; i < n; i++) {
		argv[argc++] = "-d";
		argv[argc++] = pairs[i];
	}
	argv[argc] = NULL;

	snprintf(where, sizeof where, "%s/%s", env, INIT_ARCH);
	if (n == 0) {
		say("FAIL  %-16s init: no /tests/<arch> directory in the "
		    "initramfs", where);
		say("guest: 0 passed, 1 failed");
	} else if (run_tests(argv) != 0) {
		say("FAIL  %-16s init: the runner %s failed (see the console "
		    "log)", where, RUNNER);
		say("guest: 0 passed, 1 failed");
	}
	power_off();
}
