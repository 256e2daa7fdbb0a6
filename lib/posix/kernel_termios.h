/* The kernel's struct termios, which TCGETS and TCSETS carry (19 control
 * characters, no speeds). Not a public header. */
#ifndef LIB_POSIX_KERNEL_TERMIOS_H
#define LIB_POSIX_KERNEL_TERMIOS_H

#include <termios.h>

#define KERNEL_NCCS	19

struct kernel_termios {
	tcflag_t c_iflag, c_oflag, c_cflag, c_lflag;
	cc_t c_line;
	cc_t c_cc[KERNEL_NCCS];
};
_Static_assert(sizeof(struct kernel_termios) == 36, "the kernel's termios");

#endif
