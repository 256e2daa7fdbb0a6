/*
 * spawn: start-up cost. Runs a program N times, one after the other, each
 * time with posix_spawn (a vfork and an execve) and waiting for it, and prints the mean time
 * from fork to the parent seeing the exit, in nanoseconds:
 *   spawn N PROGRAM [ARG...]   ->   runs=N ns_per_run=X
 * Any run that fails to start or exits non-zero ends spawn with status 1.
 * Built with the host's gcc and glibc: it is a tool, not a workload.
 */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long n, i;
	unsigned long long t0, t;

	if (argc < 3) {
		fprintf(stderr, "usage: spawn N PROGRAM [ARG...]\n");
		return 2;
	}
	n = strtol(argv[1], NULL, 0);
	if (n <= 0) {
		fprintf(stderr, "spawn: bad count %s\n", argv[1]);
		return 2;
	}
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		pid_t pid;
		int st;

		if (posix_spawn(&pid, argv[2], NULL, NULL, argv + 2, environ)) {
			perror(argv[2]);
			return 1;
		}
		if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) ||
		    WEXITSTATUS(st)) {
			fprintf(stderr, "spawn: %s failed (status 0x%x)\n",
				argv[2], st);
			return 1;
		}
	}
	t = now_ns() - t0;
	printf("runs=%ld ns_per_run=%llu\n", n, t / n);
	return 0;
}
