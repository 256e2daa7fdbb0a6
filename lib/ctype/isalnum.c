/* isalnum: is c a letter or a digit in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isalnum(int c)
{
	return (class_of(c) & (C_UPPER | C_LOWER | C_DIGIT)) != 0;
}
