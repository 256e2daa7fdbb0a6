/* isxdigit: is c a hexadecimal digit in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isxdigit(int c)
{
	return (class_of(c) & C_XDIGIT) != 0;
}
