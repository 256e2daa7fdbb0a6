/* The C locale's class table: ASCII only, 128..255 in no class. */
#include "lib/ctype/class.h"

#define P C_PUNCT

const unsigned char ctype_class[256] = {
	[0 ... 8]	= C_CNTRL,
	['\t']		= C_CNTRL | C_SPACE | C_BLANK,
	['\n' ... '\r']	= C_CNTRL | C_SPACE,
	[14 ... 31]	= C_CNTRL,
	[' ']		= C_SPACE | C_BLANK,
	['!' ... '/']	= P,
	['0' ... '9']	= C_DIGIT | C_XDIGIT,
	[':' ... '@']	= P,
	['A' ... 'F']	= C_UPPER | C_XDIGIT,
	['G' ... 'Z']	= C_UPPER,
	['[' ... '`']	= P,
	['a' ... 'f']	= C_LOWER | C_XDIGIT,
	['g' ... 'z']	= C_LOWER,
	['{' ... '~']	= P,
	[127]		= C_CNTRL,
};
