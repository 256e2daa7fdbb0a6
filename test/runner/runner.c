/*
 * The test runner: runs the lines of test/TESTS that apply to an
 * environment and prints one line a test. The same program runs on the
 * host (test/run builds it with the host's compiler, for native and
 * qemu-user runs) and inside booted kernels (built with bareheap, started
 * by qemu/init.c):
 *
 *   runner -m TESTS -e ENV [-l LABEL] [-t SECONDS] [-f GLOBS] [-S NAME]
 *          [-p PREFIX] -d ARCH=DIR... [-- LAUNCHER...]
 *
 *   -e ENV      the environment the where-field matches (user, native,
 *               system, uml, bare, lock, strace, unhardened, ablation:
 *               test/TESTS says what each is)
 *   -l LABEL    what the report calls the environment (default ENV)
 *   -t SECONDS  the time a test may take (default 120)
 *   -f GLOBS    only the tests whose name matches one of the globs
 *               (separated by spaces or commas; * and ?)
 *   -S NAME     at the end, "NAME: N passed, N failed"
 *   -p PREFIX   before each test, "PREFIX: start ARCH NAME" (a booted
 *               guest's console then shows what ran when it hung)
 *   -d ARCH=DIR run ARCH's tests, whose programs are in DIR (again for
 *               more architectures, run in that order)
 *   LAUNCHER    a command that starts each program (qemu-arm, strace ...)
 *
 * Each test runs as a child in its own process group, with its limits set
 * (setrlimit), stdin from /dev/null, and stdout and stderr in files of a
 * private directory; it is polled with wait4(WNOHANG) and its group killed
 * at the timeout. The lines:
 *
 *   PASS  ENV/ARCH         name (0.3s)
 *   FAIL  ENV/ARCH         name: why            and the tails of its
 *         out| ...                              stdout and stderr
 *
 * The exit status is 0 when no test failed. No malloc: static buffers.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "say.h"

#define MAX_TESTS	512
#define MAX_ARGS	32
#define MAX_LIMITS	3
#define MAX_LAUNCHER	16
#define MAX_DIRS	8
#define OUT_TAIL	15	/* lines of stdout shown for a failure */
#define ERR_TAIL	10	/* lines of stderr shown for a failure */

extern char **environ;

/* One line of TESTS, its fields trimmed, pointing into manifest[]. */
struct test {
	const char *name, *cmd, *status, *want_err, *limits, *where;
	const char *want_out;	/* a file stdout must equal, or "" */
};

static char manifest[64 * 1024];
static struct test tests[MAX_TESTS];
static int ntests;

static const char *env_name, *label_name, *filter, *start_prefix;
static char *const *launcher;
static int nlauncher;
static long timeout_s = 120;
static int passed, failed;
static char out_file[160], err_file[160];

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)(ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

/* ------------------------------------------------------------------ */
/* The manifest: name | command | status | stderr | limits | where
 * [| stdout] */

static char *trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
			   end[-1] == '\r'))
		*--end = '\0';
	return s;
}

/* Splits s at sep into at most n fields; returns how many it found. */
static int split(char *s, char sep, char **fields, int n)
{
	int i = 0;

	while (i < n) {
		fields[i++] = s;
		s = strchr(s, sep);
		if (!s)
			break;
		*s++ = '\0';
	}
	return i;
}

/* Reads the manifest into manifest[] and tests[]: 0, or -1 after saying why. */
static int load_manifest(const char *path)
{
	char *line, *next, *f[7];
	size_t len = 0;
	ssize_t n;
	int fd, i, nf;

	fd = open(path, O_RDONLY);
	if (fd < 0) {
		say("runner: cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = read(fd, manifest + len, sizeof manifest - 1 - len)) > 0)
		len += n;
	close(fd);
	if (len == sizeof manifest - 1) {
		say("runner: %s is larger than %u bytes", path,
		    (unsigned)sizeof manifest - 1);
		return -1;
	}
	manifest[len] = '\0';

	for (line = manifest; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		line = trim(line);
		/* (comments, and the build's @link lines) */
		if (*line == '\0' || *line == '#' || *line == '@')
			continue;
		nf = split(line, '|', f, 7);
		if (nf < 6) {
			say("runner: %s: not 6 or 7 fields: %.60s", path, line);
			return -1;
		}
		if (nf == 6)
			f[6] = "";
		if (ntests == MAX_TESTS) {
			say("runner: %s: more than %d tests", path, MAX_TESTS);
			return -1;
		}
		for (i = 0; i < 7; i++)
			f[i] = trim(f[i]);
		tests[ntests++] = (struct test){ f[0], f[1], f[2], f[3],
						 f[4], f[5], f[6] };
	}
	return 0;
}

/* Is the word w (w..w+n) "all", env or env-arch? */
static int where_word(const char *w, size_t n, const char *arch)
{
	size_t e = strlen(env_name);

	/* all: the four ways of running the default build under Linux */
	if (n == 3 && memcmp(w, "all", 3) == 0)
		return strcmp(env_name, "user") == 0 ||
		       strcmp(env_name, "native") == 0 ||
		       strcmp(env_name, "system") == 0 ||
		       strcmp(env_name, "uml") == 0;
	if (n < e || memcmp(w, env_name, e) != 0)
		return 0;
	if (n == e)
		return 1;
	return w[e] == '-' && n - e - 1 == strlen(arch) &&
	       memcmp(w + e + 1, arch, n - e - 1) == 0;
}

static int applies(const char *where, const char *arch)
{
	size_t n;

	for (;;) {
		where += strspn(where, " \t");
		if (!*where)
			return 0;
		n = strcspn(where, " \t");
		if (where_word(where, n, arch))
			return 1;
		where += n;
	}
}

/* Shell-style glob with * and ?, ended by a blank, a comma or the end. */
static int glob_match(const char *p, const char *s)
{
	if (*p == '\0' || *p == ',' || *p == ' ')
		return *s == '\0';
	if (*p == '*')
		return glob_match(p + 1, s) || (*s && glob_match(p, s + 1));
	return *s && (*p == '?' || *p == *s) && glob_match(p + 1, s + 1);
}

/* Whether name matches one of the globs, or there are none. */
static int filter_match(const char *globs, const char *name)
{
	int any = 0;

	for (; globs && *globs; globs += strcspn(globs, " ,")) {
		globs += strspn(globs, " ,");
		if (!*globs)
			break;
		any = 1;
		if (glob_match(globs, name))
			return 1;
	}
	return !any;
}

/* ------------------------------------------------------------------ */
/* Limits: as=64M,data=32M,stack=8M, sizes with K, M or G (powers of 1024),
 * or unlimited. */

struct limit {
	int resource;
	rlim_t value;
};

/* Parses limits into lim[]: how many, or -1 when it cannot. */
static int parse_limits(const char *s, struct limit *lim)
{
	char copy[256], *items[MAX_LIMITS + 1], *eq, *end, *name;
	unsigned long long v;
	int n, i;

	if (strcmp(s, "-") == 0)
		return 0;
	if (strlen(s) >= sizeof copy)
		return -1;
	strcpy(copy, s);
	n = split(copy, ',', items, MAX_LIMITS + 1);
	if (n > MAX_LIMITS)
		return -1;
	for (i = 0; i < n; i++) {
		eq = strchr(items[i], '=');
		if (!eq)
			return -1;
		*eq = '\0';
		name = trim(items[i]);
		v = strtoull(eq + 1, &end, 10);
		switch (*end) {
		case 'G': v <<= 10;	/* fall through */
		case 'M': v <<= 10;	/* fall through */
		case 'K': v <<= 10; end++; break;
		}
		if (strcmp(eq + 1, "unlimited") == 0)
			v = RLIM_INFINITY;
		else if (end == eq + 1 || *end)
			return -1;
		if (strcmp(name, "as") == 0)
			lim[i].resource = RLIMIT_AS;
		else if (strcmp(name, "data") == 0)
			lim[i].resource = RLIMIT_DATA;
		else if (strcmp(name, "stack") == 0)
			lim[i].resource = RLIMIT_STACK;
		else
			return -1;
		lim[i].value = v;
	}
	return n;
}

/* ------------------------------------------------------------------ */
/* Running one program. */

struct outcome {
	int status;	/* exit status, or 128 + signal */
	int timed_out;
	long ms;
};

__attribute__((noreturn)) static void child(char **argv,
					    const struct limit *lim, int nlim)
{
	struct rlimit rl;
	int in, out, err, i;

	setpgid(0, 0);
	in = open("/dev/null", O_RDONLY);
	out = open(out_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	err = open(err_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (out < 0 || err < 0)
		_exit(126);
	if (in >= 0)
		dup2(in, 0);
	else
		close(0);
	dup2(out, 1);
	dup2(err, 2);
	for (i = 3; i < 8; i++)
		close(i);
	for (i = 0; i < nlim; i++) {
		rl.rlim_cur = rl.rlim_max = lim[i].value;
		if (setrlimit(lim[i].resource, &rl) != 0) {
			dprintf(2, "runner: setrlimit(%d, %llu): %s\n",
				lim[i].resource,
				(unsigned long long)lim[i].value,
				strerror(errno));
			_exit(126);
		}
	}
	execvp(argv[0], argv);
	dprintf(2, "runner: cannot run %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

/* Runs argv under the limits, at most timeout_s seconds. */
static int run(char **argv, const struct limit *lim, int nlim,
	       struct outcome *o)
{
	long start = now_ms(), pause = 1;
	int st = 0;
	pid_t pid, got;

	o->timed_out = 0;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0)
		child(argv, lim, nlim);
	setpgid(pid, pid);	/* (whichever runs first) */

	for (;;) {
		got = wait4(pid, &st, WNOHANG, NULL);
		if (got == pid)
			break;
		if (got < 0 && errno != EINTR)
			return -1;
		if (now_ms() - start >= timeout_s * 1000) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			while (wait4(pid, &st, 0, NULL) < 0 && errno == EINTR)
				;
			o->timed_out = 1;
			break;
		}
		sleep_ms(pause);
		if (pause < 20)
			pause *= 2;
	}
	o->ms = now_ms() - start;
	o->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	return 0;
}

/* Are the two files alike, byte for byte? */
static int files_equal(const char *a, const char *b)
{
	static char ba[4096], bb[4096];
	int fa = open(a, O_RDONLY), fb = open(b, O_RDONLY), same = 0;
	ssize_t na, nb;

	if (fa >= 0 && fb >= 0)
		for (;;) {
			na = read(fa, ba, sizeof ba);
			nb = read(fb, bb, sizeof bb);
			if (na != nb || na < 0 || memcmp(ba, bb, na) != 0)
				break;
			if (na == 0) {
				same = 1;
				break;
			}
		}
	if (fa >= 0)
		close(fa);
	if (fb >= 0)
		close(fb);
	return same;
}

/* Does the file contain the string? Reads it in pieces, keeping an overlap. */
static int file_contains(const char *path, const char *needle)
{
	static char buf[8192 + 256];
	size_t nlen = strlen(needle), keep = 0;
	ssize_t n;
	int fd, found = 0;

	if (nlen == 0 || nlen > 256)
		return nlen == 0;
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	while (!found && (n = read(fd, buf + keep, 8192)) > 0) {
		size_t len = keep + n, i;

		for (i = 0; i + nlen <= len; i++)
			if (memcmp(buf + i, needle, nlen) == 0) {
				found = 1;
				break;
			}
		keep = len < nlen - 1 ? len : nlen - 1;
		memmove(buf, buf + len - keep, keep);
	}
	close(fd);
	return found;
}

/* Prints the last lines of a file, each after prefix (as tail | sed). */
static void show_tail(const char *path, int lines, const char *prefix)
{
	static char buf[8192];
	off_t size, from;
	ssize_t n;
	char *p, *end, *nl;
	int fd, count = 0;

	fd = open(path, O_RDONLY);
	if (fd < 0)
		return;
	size = lseek(fd, 0, SEEK_END);
	from = size > (off_t)sizeof buf ? size - (off_t)sizeof buf : 0;
	lseek(fd, from, SEEK_SET);
	n = read(fd, buf, sizeof buf);
	close(fd);
	if (n <= 0)
		return;
	end = buf + n;
	if (end[-1] == '\n')
		end--;
	/* Walk back over `lines` line breaks. */
	for (p = end; p > buf; p--)
		if (p[-1] == '\n' && ++count == lines)
			break;
	while (p <= end) {
		nl = memchr(p, '\n', end - p);
		if (!nl)
			nl = end;
		say("%s%.*s", prefix, (int)(nl - p), p);
		p = nl + 1;
	}
}

/* ------------------------------------------------------------------ */
/* One test. */

static void fail(const char *label, const char *why)
{
	say("FAIL  %s: %s", label, why);
	failed++;
}

static void run_test(const struct test *t, const char *arch, const char *dir)
{
	char where[64], label[128], path[256], cmd[512], why[512];
	char *argv[MAX_LAUNCHER + MAX_ARGS + 1], *p;
	struct limit lim[MAX_LIMITS];
	struct outcome o;
	int argc, nlim, i;
	/* A bare board's one console carries stdout and stderr alike. */
	int one_console = strcmp(env_name, "bare") == 0;

	snprintf(where, sizeof where, "%s/%s", label_name, arch);
	snprintf(label, sizeof label, "%-16s %s", where, t->name);

	/* The launcher, then the program and its arguments, split at blanks. */
	argc = 0;
	for (i = 0; i < nlauncher; i++)
		argv[argc++] = launcher[i];
	snprintf(cmd, sizeof cmd, "%s", t->cmd);
	for (p = cmd; argc < MAX_LAUNCHER + MAX_ARGS; ) {
		p += strspn(p, " \t");
		if (!*p)
			break;
		argv[argc++] = p;
		p += strcspn(p, " \t");
		if (*p)
			*p++ = '\0';
	}
	argv[argc] = NULL;
	if (argc == i)
		return fail(label, "empty command");
	snprintf(path, sizeof path, "%s/%s", dir, argv[i]);
	argv[i] = path;
	if (access(path, X_OK) != 0) {
		snprintf(why, sizeof why, "no test program %s", path);
		return fail(label, why);
	}
	nlim = parse_limits(t->limits, lim);
	if (nlim < 0) {
		snprintf(why, sizeof why, "bad limits \"%s\" (as=, data=, stack=)",
			 t->limits);
		return fail(label, why);
	}

	/* For a console log: what was running if a guest hangs. */
	if (start_prefix)
		say("%s: start %s %s", start_prefix, arch, t->name);
	if (run(argv, lim, nlim, &o) != 0) {
		snprintf(why, sizeof why, "cannot run: %s", strerror(errno));
		return fail(label, why);
	}

	why[0] = '\0';
	if (o.timed_out)
		snprintf(why, sizeof why, "timed out after %lds", timeout_s);
	else if (o.status != atoi(t->status))
		snprintf(why, sizeof why, "exit status %d, want %s",
			 o.status, t->status);
	else if (strcmp(t->want_err, "-") != 0 &&
		 !file_contains(err_file, t->want_err) &&
		 !(one_console && file_contains(out_file, t->want_err)))
		snprintf(why, sizeof why, "stderr lacks \"%s\"", t->want_err);
	else if (*t->want_out) {
		snprintf(path, sizeof path, "%s/%s", dir, t->want_out);
		if (!files_equal(out_file, path))
			snprintf(why, sizeof why, "stdout differs from %s",
				 path);
	}

	if (!why[0]) {
		say("PASS  %s (%ld.%lds)", label, o.ms / 1000,
		    o.ms % 1000 / 100);
		passed++;
		return;
	}
	fail(label, why);
	show_tail(out_file, OUT_TAIL, "      out| ");
	show_tail(err_file, ERR_TAIL, "      err| ");
}

/* ------------------------------------------------------------------ */

static int usage(void)
{
	dprintf(2, "usage: runner -m TESTS -e ENV [-l LABEL] [-t SECONDS] "
		   "[-f GLOBS] [-S NAME] [-p PREFIX] -d ARCH=DIR... "
		   "[-- LAUNCHER...]\n");
	return 2;
}

int main(int argc, char **argv)
{
	char work[128];
	const char *tests_file = NULL, *summary = NULL, *tmp;
	const char *dirs[MAX_DIRS];
	int i, j, ndirs = 0, opt;

	while ((opt = getopt(argc, argv, "m:e:l:t:f:S:p:d:")) != -1) {
		switch (opt) {
		case 'm': tests_file = optarg; break;
		case 'e': env_name = optarg; break;
		case 'l': label_name = optarg; break;
		case 't': timeout_s = atol(optarg); break;
		case 'f': filter = optarg; break;
		case 'S': summary = optarg; break;
		case 'p': start_prefix = optarg; break;
		case 'd':
			if (ndirs == MAX_DIRS || !strchr(optarg, '='))
				return usage();
			dirs[ndirs++] = optarg;
			break;
		default: return usage();
		}
	}
	if (!tests_file || !env_name || timeout_s <= 0 || ndirs == 0)
		return usage();
	if (!label_name || !*label_name)
		label_name = env_name;
	if (optind < argc) {
		launcher = argv + optind;
		nlauncher = argc - optind;
		if (nlauncher > MAX_LAUNCHER) {
			dprintf(2, "runner: a launcher of at most %d words\n",
				MAX_LAUNCHER);
			return 2;
		}
	}

	/* A private directory for the tests' output. */
	tmp = getenv("TMPDIR");
	if (!tmp || !*tmp || strlen(tmp) > 100)
		tmp = "/tmp";
	snprintf(work, sizeof work, "%s/runner.XXXXXX", tmp);
	if (!mkdtemp(work)) {
		say("FAIL  %-16s runner: cannot make %s: %s", env_name, work,
		    strerror(errno));
		return 1;
	}
	snprintf(out_file, sizeof out_file, "%s/out", work);
	snprintf(err_file, sizeof err_file, "%s/err", work);

	if (load_manifest(tests_file) != 0) {
		say("FAIL  %-16s runner: cannot read %s", env_name, tests_file);
		failed++;
	} else {
		for (j = 0; j < ndirs; j++) {
			char arch[64];
			const char *dir = strchr(dirs[j], '=') + 1;

			snprintf(arch, sizeof arch, "%.*s",
				 (int)(dir - 1 - dirs[j]), dirs[j]);
			for (i = 0; i < ntests; i++)
				if (applies(tests[i].where, arch) &&
				    filter_match(filter, tests[i].name))
					run_test(&tests[i], arch, dir);
		}
	}
	unlink(out_file);
	unlink(err_file);
	rmdir(work);
	if (summary)
		say("%s: %d passed, %d failed", summary, passed, failed);
	return failed != 0;
}
