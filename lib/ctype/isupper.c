/* isupper: is c an uppercase letter in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isupper(int c)
{
	return (class_of(c) & C_UPPER) != 0;
}
