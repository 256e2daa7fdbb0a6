/* isspace: is c white space in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isspace(int c)
{
	return (class_of(c) & C_SPACE) != 0;
}
