/*
 * Command-line options as glibc scans them.
 *
 * Each call returns the next option character (or a long option's value)
 * and leaves optind at the next element to look at. By default the
 * scanner permutes: it steps over non-options, and when it has stepped
 * over some and found options after them, it rotates argv so that the
 * options come first; at the end optind points at the first non-option.
 * The optstring's first character chooses otherwise: '+' (or the
 * environment variable POSIXLY_CORRECT) stops at the first non-option,
 * '-' returns each non-option as the argument of option 1. A ':' after
 * that makes a missing argument return ':' and silences the messages.
 * "--" ends the options. Setting optind to 0 starts over.
 *
 * first_nonopt..last_nonopt is the block of non-options stepped over and
 * not yet moved behind the options that followed it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lib/getopt/getopt_impl.h"

/* Weak, so that a program carrying its own getopt may define them. */
__attribute__((weak)) char *optarg;
__attribute__((weak)) int optind = 1;
__attribute__((weak)) int opterr = 1;
__attribute__((weak)) int optopt = '?';

enum ordering { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
	int initialized;
	char *nextchar;		/* the rest of a group of short options */
	enum ordering ordering;
	int first_nonopt, last_nonopt;
} scan;

static int is_nonoption(char *const argv[], int i)
{
	return argv[i][0] != '-' || argv[i][1] == '\0';
}

static void reverse(char **argv, int from, int to)	/* [from, to) */
{
	while (from < --to) {
		char *t = argv[from];

		argv[from++] = argv[to];
		argv[to] = t;
	}
}

/* Moves the non-options stepped over behind the options after them. */
static void move_nonoptions(char **argv)
{
	int first = scan.first_nonopt, mid = scan.last_nonopt, end = optind;

	reverse(argv, first, mid);
	reverse(argv, mid, end);
	reverse(argv, first, end);
	scan.first_nonopt += end - mid;
	scan.last_nonopt = end;
}

static const char *init(const char *optstring)
{
	scan.first_nonopt = scan.last_nonopt = optind;
	scan.nextchar = NULL;
	if (optstring[0] == '-') {
		scan.ordering = RETURN_IN_ORDER;
		optstring++;
	} else if (optstring[0] == '+') {
		scan.ordering = REQUIRE_ORDER;
		optstring++;
	} else {
		scan.ordering = getenv("POSIXLY_CORRECT") ? REQUIRE_ORDER
							  : PERMUTE;
	}
	scan.initialized = 1;
	return optstring;
}

static int missing_argument(const char *optstring)
{
	return optstring[0] == ':' ? ':' : '?';
}

/* Options that only repeat one another are no ambiguity. */
static int differs(const struct option *a, const struct option *b)
{
	return a->has_arg != b->has_arg || a->flag != b->flag ||
	       a->val != b->val;
}

/* A long option at scan.nextchar ("name" or "name=value"), written with
 * prefix; -1 when long_only finds none and a short option should be
 * tried instead. */
static int long_option(int argc, char *const argv[], const char *optstring,
		       const struct option *longopts, int *longind,
		       const char *prefix, int long_only, int print)
{
	char *name = scan.nextchar;
	size_t len = strcspn(name, "=");
	const struct option *p, *found = NULL;
	int ambiguous = 0, index = 0;

	for (p = longopts; p->name; p++) {
		if (strncmp(p->name, name, len) != 0)
			continue;
		if (strlen(p->name) == len) {	/* exact: it wins */
			found = p;
			ambiguous = 0;
			break;
		}
		if (!found)
			found = p;
		else if (differs(p, found))
			ambiguous = 1;
	}
	if (ambiguous) {
		if (print) {
			fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:",
				argv[0], prefix, name);
			for (p = longopts; p->name; p++)
				if (strncmp(p->name, name, len) == 0 &&
				    (p == found || differs(p, found)))
					fprintf(stderr, " '%s%s'", prefix,
						p->name);
			fputc('\n', stderr);
		}
		scan.nextchar = NULL;
		optind++;
		optopt = 0;
		return '?';
	}
	if (!found) {
		if (long_only && argv[optind][1] != '-' &&
		    strchr(optstring, *name))
			return -1;
		if (print)
			fprintf(stderr, "%s: unrecognized option '%s%s'\n",
				argv[0], prefix, name);
		scan.nextchar = NULL;
		optind++;
		optopt = 0;
		return '?';
	}
	index = (int)(found - longopts);
	optind++;
	scan.nextchar = NULL;
	if (name[len] == '=') {
		if (found->has_arg == no_argument) {
			if (print)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n",
					argv[0], prefix, found->name);
			optopt = found->val;
			return '?';
		}
		optarg = name + len + 1;
	} else if (found->has_arg == required_argument) {
		if (optind >= argc) {
			if (print)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n",
					argv[0], prefix, found->name);
			optopt = found->val;
			return missing_argument(optstring);
		}
		optarg = argv[optind++];
	}
	if (longind)
		*longind = index;
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

/* Steps to the next element: returns 0 when it holds options, or what
 * getopt should return (-1 at the end, 1 for RETURN_IN_ORDER). */
static int next_element(int argc, char *const argv[])
{
	char **args = (char **)argv;

	if (optind > argc)	/* set past the end by the program */
		return -1;
	if (scan.last_nonopt > optind)
		scan.last_nonopt = optind;
	if (scan.first_nonopt > optind)
		scan.first_nonopt = optind;
	if (scan.ordering == PERMUTE) {
		if (scan.first_nonopt != scan.last_nonopt &&
		    scan.last_nonopt != optind)
			move_nonoptions(args);
		else if (scan.last_nonopt != optind)
			scan.first_nonopt = optind;
		while (optind < argc && is_nonoption(argv, optind))
			optind++;
		scan.last_nonopt = optind;
	}
	if (optind != argc && strcmp(argv[optind], "--") == 0) {
		optind++;
		if (scan.first_nonopt != scan.last_nonopt &&
		    scan.last_nonopt != optind)
			move_nonoptions(args);
		else if (scan.first_nonopt == scan.last_nonopt)
			scan.first_nonopt = optind;
		scan.last_nonopt = argc;
		optind = argc;
	}
	if (optind == argc) {
		if (scan.first_nonopt != scan.last_nonopt)
			optind = scan.first_nonopt;
		return -1;
	}
	if (is_nonoption(argv, optind)) {
		if (scan.ordering == REQUIRE_ORDER)
			return -1;
		optarg = argv[optind++];
		return 1;
	}
	return 0;
}

int getopt_scan(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind, int long_only)
{
	const char *opt;
	int print, c;

	if (argc < 1)
		return -1;
	optarg = NULL;
	if (optind == 0 || !scan.initialized) {
		if (optind == 0)
			optind = 1;
		optstring = init(optstring);
	} else if (optstring[0] == '-' || optstring[0] == '+') {
		optstring++;
	}
	print = opterr && optstring[0] != ':';

	if (!scan.nextchar || !*scan.nextchar) {
		int r = next_element(argc, argv);

		if (r)
			return r;
		if (longopts) {
			char first = argv[optind][1];

			if (first == '-') {
				scan.nextchar = argv[optind] + 2;
				return long_option(argc, argv, optstring,
						   longopts, longind, "--", 0,
						   print);
			}
			if (long_only && (argv[optind][2] ||
					  !strchr(optstring, first))) {
				scan.nextchar = argv[optind] + 1;
				r = long_option(argc, argv, optstring, longopts,
						longind, "-", 1, print);
				if (r != -1)
					return r;
			}
		}
		scan.nextchar = argv[optind] + 1;
	}

	c = *scan.nextchar++;
	opt = strchr(optstring, c);
	if (!*scan.nextchar)
		optind++;
	if (!opt || c == ':' || c == ';') {
		if (print)
			fprintf(stderr, "%s: invalid option -- '%c'\n",
				argv[0], c);
		optopt = c;
		return '?';
	}
	if (opt[0] == 'W' && opt[1] == ';' && longopts) {
		/* -W name: the long option --name */
		if (*scan.nextchar) {
			optarg = scan.nextchar;
		} else if (optind == argc) {
			if (print)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n",
					argv[0], c);
			optopt = c;
			return missing_argument(optstring);
		} else {
			optarg = argv[optind];
		}
		scan.nextchar = optarg;
		optarg = NULL;
		return long_option(argc, argv, optstring, longopts, longind,
				   "-W ", 0, print);
	}
	if (opt[1] == ':') {
		if (opt[2] == ':') {		/* optional: only attached */
			if (*scan.nextchar) {
				optarg = scan.nextchar;
				optind++;
			}
		} else if (*scan.nextchar) {
			optarg = scan.nextchar;
			optind++;
		} else if (optind == argc) {
			if (print)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n",
					argv[0], c);
			optopt = c;
			c = missing_argument(optstring);
		} else {
			optarg = argv[optind++];
		}
		scan.nextchar = NULL;
	}
	return c;
}
