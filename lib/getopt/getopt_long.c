/* getopt_long and getopt_long_only: GNU long options (getopt_scan.c). */
#include "lib/getopt/getopt_impl.h"

int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind)
{
	return getopt_scan(argc, argv, optstring, longopts, longind, 0);
}

int getopt_long_only(int argc, char *const argv[], const char *optstring,
		     const struct option *longopts, int *longind)
{
	return getopt_scan(argc, argv, optstring, longopts, longind, 1);
}
