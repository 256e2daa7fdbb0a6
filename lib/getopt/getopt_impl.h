/*
 * The option scanner getopt, getopt_long and getopt_long_only share; not
 * a public header.
 */
#ifndef LIB_GETOPT_IMPL_H
#define LIB_GETOPT_IMPL_H

#include <getopt.h>

/* long_only: "-name" may be a long option too (getopt_long_only). */
int getopt_scan(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind, int long_only);

#endif
