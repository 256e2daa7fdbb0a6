/* toupper: c's uppercase letter, or c itself in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int toupper(int c)
{
	return (class_of(c) & C_LOWER) ? c - ('a' - 'A') : c;
}
