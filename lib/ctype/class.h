/*
 * The C locale's character classes: one byte of flags for each unsigned
 * char (lib/ctype/class.c); the is* functions test them.
 */
#ifndef LIB_CTYPE_CLASS_H
#define LIB_CTYPE_CLASS_H

#define C_UPPER	0x01
#define C_LOWER	0x02
#define C_DIGIT	0x04
#define C_XDIGIT 0x08	/* 0-9 a-f A-F */
#define C_SPACE	0x10	/* ' ' \t \n \v \f \r */
#define C_PUNCT	0x20
#define C_CNTRL	0x40
#define C_BLANK	0x80	/* ' ' \t */

extern const unsigned char ctype_class[256];

/* The flags of c, or none when c is EOF or not an unsigned char value. */
static inline unsigned int class_of(int c)
{
	return (unsigned int)c < 256 ? ctype_class[c] : 0;
}

#endif
