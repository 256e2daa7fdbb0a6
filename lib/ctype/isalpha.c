/* isalpha: is c a letter in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isalpha(int c)
{
	return (class_of(c) & (C_UPPER | C_LOWER)) != 0;
}
