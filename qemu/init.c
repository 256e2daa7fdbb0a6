/*
 * /init for booted kernels: runs test/TESTS inside qemu-system and
 * User-Mode Linux, and prints one line a test in the format of test/run.
 *
 * The initramfs holds this program as /init, the manifest as /tests/TESTS
 * and the test programs as /tests/<arch>/<program>, for one or more
 * architectures (the amd64 kernel also runs the x86 programs). The kernel
 * command line names the environment and the limits; the kernel hands its
 * unknown key=value words to init as environment variables:
 *
 *   bareheap_env=system|uml   the environment name the `where` field matches
 *   bareheap_timeout=SECONDS  per test (default 120)
 *   bareheap_filter=GLOB,...  run only the tests whose name matches one
 *
 * Each test runs as a child (fork, limits, execve) with its stdout and
 * stderr in files under /tmp, is polled with wait4(WNOHANG) and killed with
 * SIGKILL at its timeout. Then init prints "guest: N passed, N failed" and
 * powers the machine off: init must never return, or the kernel panics.
 *
 * No malloc: everything lives in static buffers.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TESTS_FILE	"/tests/TESTS"
#define OUT_FILE	"/tmp/out"
#define ERR_FILE	"/tmp/err"
#define MAX_TESTS	512
#define MAX_ARGS	32
#define OUT_TAIL	15	/* lines of stdout shown for a failure */
#define ERR_TAIL	10	/* lines of stderr shown for a failure */

/* INIT_ARCH, the architecture it is built for, comes from the Makefile. */

/* One line of TESTS, its fields trimmed, pointing into manifest[]. */
struct test {
	const char *name, *cmd, *status, *want_err, *limits, *where;
};

static char manifest[64 * 1024];
static struct test tests[MAX_TESTS];
static int ntests;

static const char *env_name = "system";
static const char *filter;
static long timeout_s = 120;
static int passed, failed;

/* ------------------------------------------------------------------ */
/* Output: every line goes to the console in one write, so that kernel
 * messages cannot land in the middle of it. */

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void say(const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (n > (int)sizeof line - 2)
		n = sizeof line - 2;
	line[n++] = '\n';
	write(1, line, n);
}

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
/* The machine: file systems, console, power. */

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
	reboot(RB_POWER_OFF);
	say("init: power off failed (%s); restarting", strerror(errno));
	reboot(RB_AUTOBOOT);
	for (;;)
		sleep_ms(1000000);
}

/* ------------------------------------------------------------------ */
/* The manifest: name | command | status | stderr | limits | where */

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

/* Reads TESTS_FILE into manifest[] and tests[]: 0, or -1 after saying why. */
static int load_manifest(void)
{
	char *line, *next, *f[6];
	size_t len = 0;
	ssize_t n;
	int fd, i;

	fd = open(TESTS_FILE, O_RDONLY);
	if (fd < 0) {
		say("init: cannot open %s: %s", TESTS_FILE, strerror(errno));
		return -1;
	}
	while ((n = read(fd, manifest + len, sizeof manifest - 1 - len)) > 0)
		len += n;
	close(fd);
	if (len == sizeof manifest - 1) {
		say("init: %s is larger than %u bytes", TESTS_FILE,
		    (unsigned)sizeof manifest - 1);
		return -1;
	}
	manifest[len] = '\0';

	for (line = manifest; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		line = trim(line);
		if (*line == '\0' || *line == '#')
			continue;
		if (split(line, '|', f, 6) != 6) {
			say("init: %s: not 6 fields: %.60s", TESTS_FILE, line);
			return -1;
		}
		if (ntests == MAX_TESTS) {
			say("init: %s: more than %d tests", TESTS_FILE,
			    MAX_TESTS);
			return -1;
		}
		for (i = 0; i < 6; i++)
			f[i] = trim(f[i]);
		tests[ntests++] = (struct test){ f[0], f[1], f[2], f[3],
						 f[4], f[5] };
	}
	return 0;
}

/* Is the word w (w..w+n) "all", env or env-arch? */
static int where_word(const char *w, size_t n, const char *arch)
{
	size_t e = strlen(env_name);

	if (n == 3 && memcmp(w, "all", 3) == 0)
		return 1;
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

/* Shell-style glob with * and ?, ended by a comma or the string's end. */
static int glob_match(const char *p, const char *s)
{
	if (*p == '\0' || *p == ',')
		return *s == '\0';
	if (*p == '*')
		return glob_match(p + 1, s) || (*s && glob_match(p, s + 1));
	return *s && (*p == '?' || *p == *s) && glob_match(p + 1, s + 1);
}

/* Whether name matches one of the comma-separated globs of bareheap_filter. */
static int filter_match(const char *globs, const char *name)
{
	for (; globs; globs = strchr(globs, ','), globs = globs ? globs + 1 : NULL)
		if (glob_match(globs, name))
			return 1;
	return 0;
}

/* ------------------------------------------------------------------ */
/* Limits: as=64M,data=32M, sizes with K, M or G (powers of 1024), or
 * unlimited (stack=unlimited). */

static const struct {
	const char *name;
	int resource;
} limit_names[] = {
	{ "as", RLIMIT_AS }, { "data", RLIMIT_DATA },
	{ "stack", RLIMIT_STACK }, { "core", RLIMIT_CORE },
	{ "cpu", RLIMIT_CPU }, { "fsize", RLIMIT_FSIZE },
	{ "nofile", RLIMIT_NOFILE }, { "nproc", RLIMIT_NPROC },
	{ "memlock", RLIMIT_MEMLOCK }, { "rss", RLIMIT_RSS },
};

struct limit {
	int resource;
	rlim_t value;
};

/* Parses limits into lim[]: how many, or -1 when it cannot. */
static int parse_limits(const char *s, struct limit *lim, int max)
{
	char copy[256], *items[16], *eq, *end;
	unsigned long long v;
	int n, i, j, count = 0;

	if (strcmp(s, "-") == 0)
		return 0;
	if (strlen(s) >= sizeof copy)
		return -1;
	strcpy(copy, s);
	n = split(copy, ',', items, 16);
	for (i = 0; i < n && count < max; i++) {
		eq = strchr(items[i], '=');
		if (!eq)
			return -1;
		*eq = '\0';
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
		for (j = 0; j < (int)(sizeof limit_names / sizeof limit_names[0]); j++)
			if (strcmp(trim(items[i]), limit_names[j].name) == 0)
				break;
		if (j == (int)(sizeof limit_names / sizeof limit_names[0]))
			return -1;
		lim[count++] = (struct limit){ limit_names[j].resource, v };
	}
	return count;
}

/* ------------------------------------------------------------------ */
/* Running one program. */

struct outcome {
	int status;	/* exit status, or 128 + signal */
	int timed_out;
	long ms;
};

__attribute__((noreturn)) static void child(const char *path, char **argv,
					    const struct limit *lim, int nlim)
{
	struct rlimit rl;
	int in, out, err, i;

	in = open("/dev/null", O_RDONLY);
	out = open(OUT_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	err = open(ERR_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0644);
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
			dprintf(2, "init: setrlimit(%d, %llu): %s\n",
				lim[i].resource, lim[i].value,
				strerror(errno));
			_exit(126);
		}
	}
	execve(path, argv, environ);
	dprintf(2, "init: execve %s: %s\n", path, strerror(errno));
	_exit(127);
}

/* Runs path with argv under the limits, at most timeout_s seconds. */
static int run(const char *path, char **argv, const struct limit *lim,
	       int nlim, struct outcome *o)
{
	long start = now_ms(), pause = 1;
	int st = 0;
	pid_t pid, got;

	o->timed_out = 0;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0)
		child(path, argv, lim, nlim);

	for (;;) {
		got = wait4(pid, &st, WNOHANG, NULL);
		if (got == pid)
			break;
		if (got < 0 && errno != EINTR)
			return -1;
		if (now_ms() - start >= timeout_s * 1000) {
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

	/* Init adopts orphans: reap any a test left behind. */
	while (wait4(-1, &st, WNOHANG, NULL) > 0)
		;
	return 0;
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
/* One test: the same checks, in the same order, as test/run. */

static void run_test(const struct test *t, const char *arch)
{
	char where[64], label[128], path[256], cmd[512], why[512];
	char *argv[MAX_ARGS + 1], *p;
	struct limit lim[16];
	struct outcome o;
	int argc, nlim, fd;

	snprintf(where, sizeof where, "%s/%s", env_name, arch);
	snprintf(label, sizeof label, "%-16s %s", where, t->name);

	/* The command: the program and its arguments, split at blanks. */
	snprintf(cmd, sizeof cmd, "%s", t->cmd);
	argc = 0;
	for (p = cmd; argc < MAX_ARGS; ) {
		p += strspn(p, " \t");
		if (!*p)
			break;
		argv[argc++] = p;
		p += strcspn(p, " \t");
		if (*p)
			*p++ = '\0';
	}
	argv[argc] = NULL;
	if (argc == 0) {
		say("FAIL  %s: empty command", label);
		failed++;
		return;
	}
	snprintf(path, sizeof path, "/tests/%s/%s", arch, argv[0]);
	argv[0] = path;
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		say("FAIL  %s: no test program %s", label, path);
		failed++;
		return;
	}
	close(fd);
	nlim = parse_limits(t->limits, lim, 16);
	if (nlim < 0) {
		say("FAIL  %s: bad limits \"%s\"", label, t->limits);
		failed++;
		return;
	}

	/* For the console log: what was running if the guest hangs. */
	say("bareheap-init: start %s %s", arch, t->name);
	if (run(path, argv, lim, nlim, &o) != 0) {
		say("FAIL  %s: cannot run: %s", label, strerror(errno));
		failed++;
		return;
	}

	why[0] = '\0';
	if (o.timed_out)
		snprintf(why, sizeof why, "timed out after %lds", timeout_s);
	else if (o.status != atoi(t->status))
		snprintf(why, sizeof why, "exit status %d, want %s",
			 o.status, t->status);
	else if (strcmp(t->want_err, "-") != 0 &&
		 !file_contains(ERR_FILE, t->want_err))
		snprintf(why, sizeof why, "stderr lacks \"%s\"", t->want_err);

	if (!why[0]) {
		say("PASS  %s (%ld.%lds)", label, o.ms / 1000,
		    o.ms % 1000 / 100);
		passed++;
		return;
	}
	say("FAIL  %s: %s", label, why);
	show_tail(OUT_FILE, OUT_TAIL, "      out| ");
	show_tail(ERR_FILE, ERR_TAIL, "      err| ");
	failed++;
}

/* ------------------------------------------------------------------ */

/* Runs the tests that apply to one architecture's directory. */
static void run_arch(const char *arch)
{
	int i;

	for (i = 0; i < ntests; i++) {
		if (!applies(tests[i].where, arch))
			continue;
		if (filter && !filter_match(filter, tests[i].name))
			continue;
		run_test(&tests[i], arch);
	}
}

/* Runs the tests of /tests/<arch>, init's own architecture first, then
 * the others the kernel runs too (the amd64 kernel runs the x86 programs):
 * how many directories it ran. */
static int run_all_arches(void)
{
	struct dirent *d;
	DIR *dir;
	int ran = 0;

	dir = opendir("/tests");
	if (!dir)
		return 0;
	while ((d = readdir(dir)))
		if (strcmp(d->d_name, INIT_ARCH) == 0) {
			say("bareheap-init: running %s tests", d->d_name);
			run_arch(d->d_name);
			ran++;
		}
	rewinddir(dir);
	while ((d = readdir(dir))) {
		if (d->d_type != DT_DIR || d->d_name[0] == '.' ||
		    strcmp(d->d_name, INIT_ARCH) == 0)
			continue;
		say("bareheap-init: running %s tests", d->d_name);
		run_arch(d->d_name);
		ran++;
	}
	closedir(dir);
	return ran;
}

/* A failure of the whole run, as one result line for init's own arch. */
static void fail_run(const char *why)
{
	char where[64];

	snprintf(where, sizeof where, "%s/%s", env_name, INIT_ARCH);
	say("FAIL  %-16s init: %s", where, why);
	failed++;
}

int main(void)
{
	const char *v;
	int ran;

	setup_system();
	if ((v = getenv("bareheap_env")) && *v)
		env_name = v;
	if ((v = getenv("bareheap_timeout")) && atoi(v) > 0)
		timeout_s = atoi(v);
	if ((v = getenv("bareheap_filter")) && *v)
		filter = v;
	say("bareheap-init: " INIT_ARCH " init, environment %s, "
	    "timeout %lds per test", env_name, timeout_s);

	if (load_manifest() != 0) {
		fail_run("cannot read " TESTS_FILE " (see the console log)");
	} else {
		ran = run_all_arches();
		if (!ran)
			fail_run("no /tests/<arch> directory in the initramfs");
	}
	say("guest: %d passed, %d failed", passed, failed);
	power_off();
}
