/* ispunct: is c punctuation in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int ispunct(int c)
{
	return (class_of(c) & C_PUNCT) != 0;
}
