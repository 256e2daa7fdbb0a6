/* islower: is c a lowercase letter in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int islower(int c)
{
	return (class_of(c) & C_LOWER) != 0;
}
