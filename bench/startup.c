/*
 * startup: the smallest useful program, for the start-up cost and the
 * binary size: one malloc, one write into it, exit with a status computed
 * from it (0). Nothing is printed.
 *   startup
 */
#include <stdlib.h>

int main(int argc, char **argv)
{
	volatile char *p = malloc(64);

	(void)argv;
	if (!p)
		return 1;
	p[0] = (char)argc;
	return p[0] - argc;
}
