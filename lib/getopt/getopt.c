/* getopt: POSIX short options, scanned as glibc does (getopt_scan.c). */
#include <unistd.h>
#include "lib/getopt/getopt_impl.h"

int getopt(int argc, char *const argv[], const char *optstring)
{
	return getopt_scan(argc, argv, optstring, NULL, NULL, 0);
}
