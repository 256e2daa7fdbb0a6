#ifndef _CTYPE_H
#define _CTYPE_H

/*
 * Character classes of the C locale, for every value of an unsigned char
 * and EOF; 128..255 belong to no class. Functions only: a program may pass
 * any int, and the functions answer 0 for values outside -1..255.
 */
int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);

/* XSI */
int isascii(int c);
int toascii(int c);
#define _tolower(c)	tolower(c)
#define _toupper(c)	toupper(c)

#endif
