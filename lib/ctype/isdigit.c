/* isdigit: is c a decimal digit in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isdigit(int c)
{
	return (class_of(c) & C_DIGIT) != 0;
}
