/* tcgetattr and tcsetattr: glibc's struct termios to the kernel's and back. */
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "lib/posix/kernel_termios.h"

int tcgetattr(int fd, struct termios *t)
{
	struct kernel_termios k;

	if (ioctl(fd, TCGETS, &k) < 0)
		return -1;
	memset(t, 0, sizeof(*t));
	t->c_iflag = k.c_iflag;
	t->c_oflag = k.c_oflag;
	t->c_cflag = k.c_cflag;
	t->c_lflag = k.c_lflag;
	t->c_line = k.c_line;
	memcpy(t->c_cc, k.c_cc, KERNEL_NCCS);
	t->c_ispeed = t->c_ospeed = k.c_cflag & CBAUD;
	return 0;
}

int tcsetattr(int fd, int action, const struct termios *t)
{
	static const unsigned long requests[] = { TCSETS, TCSETSW, TCSETSF };
	struct kernel_termios k;

	if (action < TCSANOW || action > TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	k.c_iflag = t->c_iflag;
	k.c_oflag = t->c_oflag;
	k.c_cflag = t->c_cflag;
	k.c_lflag = t->c_lflag;
	k.c_line = t->c_line;
	memcpy(k.c_cc, t->c_cc, KERNEL_NCCS);
	return ioctl(fd, requests[action], &k);
}
