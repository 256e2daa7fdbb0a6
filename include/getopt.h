/*
 * Command-line options: getopt (also in unistd.h) and the GNU long
 * options, scanned as glibc does.
 */
#ifndef _GETOPT_H
#define _GETOPT_H

extern char *optarg;
extern int optind, opterr, optopt;

struct option {
	const char *name;
	int has_arg;	/* no_argument, required_argument, optional_argument */
	int *flag;	/* NULL: return val; else *flag = val, return 0 */
	int val;
};

#define no_argument		0
#define required_argument	1
#define optional_argument	2

int getopt(int argc, char *const argv[], const char *optstring);
int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind);
int getopt_long_only(int argc, char *const argv[], const char *optstring,
		     const struct option *longopts, int *longind);

#endif
