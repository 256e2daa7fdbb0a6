/*
 * tolower: c's lowercase letter, or c itself in the C locale. As on glibc, a
 * negative char value other than EOF (-128..-2) gives its unsigned char
 * value, which is itself again once stored in a char.
 */
#include <ctype.h>
#include "lib/ctype/class.h"

int tolower(int c)
{
	if (c >= -128 && c < -1)
		return c + 256;
	return (class_of(c) & C_UPPER) ? c + ('a' - 'A') : c;
}
