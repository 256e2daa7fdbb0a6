/* isgraph: is c printable and not a space in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isgraph(int c)
{
	return (class_of(c) & (C_UPPER | C_LOWER | C_DIGIT | C_PUNCT)) != 0;
}
