/* iscntrl: is c a control character in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int iscntrl(int c)
{
	return (class_of(c) & C_CNTRL) != 0;
}
