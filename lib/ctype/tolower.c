/* tolower: c's lowercase letter, or c itself in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int tolower(int c)
{
	return (class_of(c) & C_UPPER) ? c + ('a' - 'A') : c;
}
