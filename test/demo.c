/* What bareheap is and did, as make run shows it. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i;

	printf("bareheap: a freestanding C runtime, no libc\n");
	printf("  page size   %d bytes\n", getpagesize());
	printf("  arguments   %d:", argc);
	for (i = 0; i < argc; i++)
		printf(" \"%s\"", argv[i]);
	printf("\n");
	return 0;
}
