/*
 * A load from an address where the arm virt board has nothing: the board's
 * exception vectors must say so and end the machine as SIGSEGV would end
 * a process (status 139), instead of hanging.
 *   bare_fault ADDRESS   (hexadecimal)
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	volatile unsigned int *p;

	if (argc != 2)
		return 2;
	p = (volatile unsigned int *)strtoul(argv[1], NULL, 16);
	printf("loading from %p\n", (void *)p);
	fflush(stdout);
	return (int)*p;
}
