/*
 * getopt, getopt_long and getopt_long_only: what each call returns, optarg,
 * optopt, optind, how argv ends up permuted, and the messages on stderr,
 * for glibc's orderings ('+', '-', POSIXLY_CORRECT) and ':' mode.
 * Every expected trace is glibc's.
 */
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static int flag;
static const struct option longopts[] = {
	{ "alpha", no_argument, NULL, 'a' },
	{ "beta", required_argument, NULL, 'b' },
	{ "gamma", optional_argument, NULL, 'g' },
	{ "alpine", no_argument, NULL, 'A' },
	{ "flag", no_argument, &flag, 7 },
	{ NULL, 0, NULL, 0 }
};

static char trace[2048];
static char errors[2048];

static void add(const char *fmt, int a, const char *s)
{
	size_t n = strlen(trace);

	snprintf(trace + n, sizeof(trace) - n, fmt, a, s);
}

/* Runs one scan of the words of line; kind 0 getopt, 1 getopt_long,
 * 2 getopt_long_only, 'P' getopt with POSIXLY_CORRECT set. */
static const char *run(int kind, const char *opts, const char *line)
{
	static char words[512];
	char *argv[32];
	int argc = 0, c, idx, fd, saved;
	ssize_t n;

	strcpy(words, line);
	for (char *w = strtok(words, " "); w; w = strtok(NULL, " "))
		argv[argc++] = w;
	argv[argc] = NULL;
	if (kind == 'P')
		setenv("POSIXLY_CORRECT", "1", 1);
	fd = open("/tmp/getopt_basic.err", O_RDWR | O_CREAT | O_TRUNC, 0600);
	saved = dup(2);
	dup2(fd, 2);
	trace[0] = '\0';
	optind = 0;
	opterr = 1;
	for (;;) {
		idx = -1;
		flag = 0;
		if (kind == 1)
			c = getopt_long(argc, argv, opts, longopts, &idx);
		else if (kind == 2)
			c = getopt_long_only(argc, argv, opts, longopts, &idx);
		else
			c = getopt(argc, argv, opts);
		if (c == -1)
			break;
		add(c > 32 && c < 127 ? " %c" : " #%d", c, NULL);
		if (optarg)
			add("=%.0d%s", 0, optarg);
		if (c == '?' || c == ':')
			add("{%d}", optopt, NULL);
		if (idx >= 0)
			add("[%d]", idx, NULL);
		if (flag)
			add("<%d>", flag, NULL);
	}
	add(" | %d:", optind, NULL);
	for (int i = 0; i < argc; i++)
		add(" %.0d%s", 0, argv[i]);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	n = read(fd, errors, sizeof(errors) - 1);
	errors[n > 0 ? n : 0] = '\0';
	close(fd);
	unlink("/tmp/getopt_basic.err");
	unsetenv("POSIXLY_CORRECT");
	return trace;
}

struct scan_case {
	int kind;
	const char *opts, *line, *trace, *errors;
};

static const struct scan_case cases[] = {
	{ 0, "ab:c", "prog -a x -bval -c y -- -a z",
	  " a b=val c | 5: prog -a -bval -c -- x y -a z",
	  "" },
	{ 0, "ab:", "prog x -a y -b arg z -x -c",
	  " a b=arg ?{120} ?{99} | 6: prog -a -b arg -x -c x y z",
	  "prog: invalid option -- 'x'\nprog: invalid option -- 'c'\n" },
	{ 0, "+ab:", "prog x -a y -b arg z -x -c",
	  " | 1: prog x -a y -b arg z -x -c",
	  "" },
	{ 0, "-ab:", "prog x -a y -b arg z -x -c",
	  " #1=x a #1=y b=arg #1=z ?{120} ?{99} | 9: prog x -a y -b arg z -x -c",
	  "prog: invalid option -- 'x'\nprog: invalid option -- 'c'\n" },
	{ 0, ":ab:", "prog x -a y -b arg z -x -c",
	  " a b=arg ?{120} ?{99} | 6: prog -a -b arg -x -c x y z",
	  "" },
	{ 0, "ab:", "prog -ab",
	  " a ?{98} | 2: prog -ab",
	  "prog: option requires an argument -- 'b'\n" },
	{ 0, ":ab:", "prog -ab",
	  " a :{98} | 2: prog -ab",
	  "" },
	{ 0, "+:ab:", "prog -ab",
	  " a :{98} | 2: prog -ab",
	  "" },
	{ 0, "ab:c", "prog -ac - -b -",
	  " a c b=- | 4: prog -ac -b - -",
	  "" },
	{ 0, "a::", "prog -a::x -aq -a z",
	  " a=::x a=q a | 4: prog -a::x -aq -a z",
	  "" },
	{ 0, "aW;", "prog -a -W foo",
	  " a W | 3: prog -a -W foo",
	  "" },
	{ 1, "ab:W;", "prog -a -W alpha -Wbeta=3 -W gam",
	  " a a[0] b=3[1] g[2] | 7: prog -a -W alpha -Wbeta=3 -W gam",
	  "" },
	{ 1, "ab:", "prog --alpha --beta=1 --beta 2 --gamma --gamma=3 --al --alph --delta --alpha=x --beta --fl x -- --alpha",
	  " a[0] b=1[1] b=2[1] g[2] g=3[2] ?{0} a[0] ?{0} ?{97} b=--fl[1] | 14: prog --alpha --beta=1 --beta 2 --gamma --gamma=3 --al --alph --delta --alpha=x --beta --fl -- x --alpha",
	  "prog: option '--al' is ambiguous; possibilities: '--alpha' '--alpine'\nprog: unrecognized option '--delta'\nprog: option '--alpha' doesn't allow an argument\n" },
	{ 2, "ab:", "prog -alpha -beta=1 -b 2 -gamma -ab -zz -alp -fl -q --alp",
	  " a[0] b=1[1] b=2 g[2] a b=-zz ?{0} #0[4]<7> ?{0} ?{0} | 12: prog -alpha -beta=1 -b 2 -gamma -ab -zz -alp -fl -q --alp",
	  "prog: option '-alp' is ambiguous; possibilities: '-alpha' '-alpine'\nprog: unrecognized option '-q'\nprog: option '--alp' is ambiguous; possibilities: '--alpha' '--alpine'\n" },
	{ 1, ":ab:", "prog --bet",
	  " :{98} | 2: prog --bet",
	  "" },
	{ 1, "ab:", "prog --bet",
	  " ?{98} | 2: prog --bet",
	  "prog: option '--beta' requires an argument\n" },
	{ 1, "ab:", "prog x y --alpha z",
	  " a[0] | 2: prog --alpha x y z",
	  "" },
	{ 1, "ab:", "prog --",
	  " | 2: prog --",
	  "" },
	{ 1, "ab:", "prog --a",
	  " ?{0} | 2: prog --a",
	  "prog: option '--a' is ambiguous; possibilities: '--alpha' '--alpine'\n" },
	{ 0, "ab:", "prog -",
	  " | 1: prog -",
	  "" },
	{ 0, "ab:", "prog",
	  " | 1: prog",
	  "" },
	{ 0, "ab:", "prog x y z",
	  " | 1: prog x y z",
	  "" },
	{ 0, "ab", "prog x -a -- -b y",
	  " a | 3: prog -a -- x -b y",
	  "" },
	{ 0, "ab", "prog -a x -- -b y",
	  " a | 3: prog -a -- x -b y",
	  "" },
	{ 1, "ab:", "prog --beta= --flag=no --delta=3 --gamma x",
	  " b=[1] ?{7} ?{0} g[2] | 5: prog --beta= --flag=no --delta=3 --gamma x",
	  "prog: option '--flag' doesn't allow an argument\nprog: unrecognized option '--delta=3'\n" },
	{ 'P', "ab:", "prog -a x -b y",
	  " a | 2: prog -a x -b y",
	  "" },
};

int main(void)
{
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct scan_case *k = &cases[i];

#ifdef RECORD
		/* prints the table from the C library this is built with */
		run(k->kind, k->opts, k->line);
		printf("%d\t%s\t%s\n", i, trace, errors);
#else
		CHECK_STR(run(k->kind, k->opts, k->line), k->trace);
		CHECK_STR(errors, k->errors);
#endif
	}
	return check_done();
}
