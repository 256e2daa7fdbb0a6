/* isprint: is c printable, space included in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isprint(int c)
{
	return c == ' ' || (class_of(c) & (C_UPPER | C_LOWER | C_DIGIT | C_PUNCT)) != 0;
}
