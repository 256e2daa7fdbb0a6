/* fgetc, getc, getchar and their _unlocked twins: read one byte. */
#include "lib/stdio_impl.h"

int fgetc(FILE *f)
{
	return file_getc(f);
}

int getc(FILE *f)
{
	return file_getc(f);
}

int getchar(void)
{
	return file_getc(stdin);
}

int fgetc_unlocked(FILE *f)
{
	return file_getc(f);
}

int getc_unlocked(FILE *f)
{
	return file_getc(f);
}

int getchar_unlocked(void)
{
	return file_getc(stdin);
}
