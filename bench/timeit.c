/*
 * timeit: times a real program as a workload of scripts/bench and prints
 * the result line the workloads of bench/ print (bench/bench.h):
 *
 *   timeit [-e VAR=VALUE]... [-i INPUT] [-n OPS] [-b BASEARG] -o OUTPUT
 *          PROGRAM [ARG...]
 *   ->  ops=N ns_per_op=X.YYY peak_rss_kib=N base_rss_kib=N
 *       live_peak_kib=0 checksum=0x...
 *
 * PROGRAM runs once with stdin from INPUT (default /dev/null), stdout to
 * OUTPUT, the variables of -e added to the environment; ns_per_op is the
 * time from forking it to seeing its exit over OPS (default 1),
 * peak_rss_kib its peak resident set (ru_maxrss), checksum a hash of
 * OUTPUT: every allocator must produce the same output. With -b, PROGRAM
 * BASEARG runs first (an option that makes it exit before it allocates,
 * such as -v; its stderr is dropped) and its peak is base_rss_kib: the
 * program and its C library without the workload's heap.
 *
 * A program that cannot start, is killed, or exits non-zero ends timeit
 * with status 1 and a message. Built with the host's gcc and glibc,
 * static (the fewer pages it has, the fewer a forked child counts): it is
 * a tool, not a workload.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void usage(void)
{
	fprintf(stderr, "usage: timeit [-e VAR=VALUE]... [-i INPUT] [-n OPS] "
		"[-b BASEARG] -o OUTPUT PROGRAM [ARG...]\n");
	exit(2);
}

/* Runs argv with stdin from in and stdout to out (and stderr to /dev/null
 * when quiet); returns its peak RSS in KiB and the time it took in *ns, or
 * exits with a message. fork, not vfork or posix_spawn: a child sharing
 * this process's memory until its exec would count this process's
 * resident set in its peak; a forked one counts only the few pages of
 * this process's data it copies. */
static long run(char **argv, char **envp, const char *in, const char *out,
		int quiet, uint64_t *ns)
{
	struct rusage ru;
	pid_t pid;
	uint64_t t0;
	int st, fd[3], i;

	fd[0] = open(in, O_RDONLY);
	fd[1] = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	fd[2] = quiet ? open("/dev/null", O_WRONLY) : dup(2);
	for (i = 0; i < 3; i++)
		if (fd[i] < 0) {
			fprintf(stderr, "timeit: %s: %s\n",
				i == 0 ? in : i == 1 ? out : "/dev/null",
				strerror(errno));
			exit(1);
		}
	t0 = now_ns();
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "timeit: fork: %s\n", strerror(errno));
		exit(1);
	}
	if (pid == 0) {
		for (i = 0; i < 3; i++)
			if (dup2(fd[i], i) < 0)
				_exit(126);
		execve(argv[0], argv, envp);
		dprintf(2, "timeit: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (wait4(pid, &st, 0, &ru) != pid) {
		fprintf(stderr, "timeit: wait4: %s\n", strerror(errno));
		exit(1);
	}
	*ns = now_ns() - t0;
	for (i = 0; i < 3; i++)
		close(fd[i]);
	if (WIFSIGNALED(st)) {
		fprintf(stderr, "timeit: %s killed by signal %d\n", argv[0],
			WTERMSIG(st));
		exit(1);
	}
	if (WEXITSTATUS(st)) {
		fprintf(stderr, "timeit: %s exited with status %d\n", argv[0],
			WEXITSTATUS(st));
		exit(1);
	}
	return ru.ru_maxrss;
}

/* FNV-1a over the bytes of a file. */
static uint64_t hash_file(const char *path)
{
	unsigned char buf[65536];
	uint64_t h = 0xcbf29ce484222325ULL;
	ssize_t n, i;
	int fd = open(path, O_RDONLY);

	if (fd < 0) {
		fprintf(stderr, "timeit: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	while ((n = read(fd, buf, sizeof buf)) > 0)
		for (i = 0; i < n; i++)
			h = (h ^ buf[i]) * 0x100000001b3ULL;
	if (n < 0) {
		fprintf(stderr, "timeit: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	close(fd);
	return h;
}

int main(int argc, char **argv)
{
	const char *in = "/dev/null", *out = NULL, *basearg = NULL;
	char **envp;
	size_t nenv = 0, nadd = 0;
	long ops = 1, peak, base = 0;
	uint64_t ns, h;
	int c;

	while (environ[nenv])
		nenv++;
	envp = calloc(nenv + (size_t)argc + 1, sizeof *envp);
	if (!envp) {
		fprintf(stderr, "timeit: out of memory\n");
		return 1;
	}
	while ((c = getopt(argc, argv, "+e:i:n:b:o:")) != -1) {
		switch (c) {
		case 'e':
			if (!strchr(optarg, '='))
				usage();
			envp[nadd++] = optarg;
			break;
		case 'i': in = optarg; break;
		case 'o': out = optarg; break;
		case 'b': basearg = optarg; break;
		case 'n':
			ops = strtol(optarg, NULL, 0);
			if (ops <= 0) {
				fprintf(stderr, "timeit: bad count %s\n", optarg);
				return 2;
			}
			break;
		default: usage();
		}
	}
	if (!out || optind >= argc)
		usage();
	memcpy(envp + nadd, environ, nenv * sizeof *envp);
	if (basearg) {
		char *bargv[3] = { argv[optind], (char *)basearg, NULL };

		base = run(bargv, envp, "/dev/null", "/dev/null", 1, &ns);
	}
	peak = run(argv + optind, envp, in, out, 0, &ns);
	h = hash_file(out);
	printf("ops=%ld ns_per_op=%llu.%03llu peak_rss_kib=%ld base_rss_kib=%ld "
	       "live_peak_kib=0 checksum=0x%016llx\n", ops,
	       (unsigned long long)(ns / (uint64_t)ops),
	       (unsigned long long)(ns * 1000 / (uint64_t)ops % 1000), peak,
	       base, (unsigned long long)h);
	return 0;
}
