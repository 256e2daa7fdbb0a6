/* isblank: is c a space or a tab in the C locale. */
#include <ctype.h>
#include "lib/ctype/class.h"

int isblank(int c)
{
	return (class_of(c) & C_BLANK) != 0;
}
