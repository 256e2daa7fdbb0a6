/* Terminal line control and ownership: tcdrain, tcflush, tcflow,
 * tcsendbreak, tcgetpgrp, tcsetpgrp, tcgetsid, isatty. */
#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "lib/posix/kernel_termios.h"

int tcdrain(int fd)
{
	return ioctl(fd, TCSBRK, 1);	/* a non-zero argument only waits */
}

int tcflush(int fd, int queue)
{
	return ioctl(fd, TCFLSH, queue);
}

int tcflow(int fd, int action)
{
	return ioctl(fd, TCXONC, action);
}

int tcsendbreak(int fd, int duration)
{
	(void)duration;	/* Linux sends 0.25 to 0.5 s, whatever asked */
	return ioctl(fd, TCSBRK, 0);
}

pid_t tcgetpgrp(int fd)
{
	pid_t pgrp;

	if (ioctl(fd, TIOCGPGRP, &pgrp) < 0)
		return -1;
	return pgrp;
}

int tcsetpgrp(int fd, pid_t pgrp)
{
	return ioctl(fd, TIOCSPGRP, &pgrp);
}

pid_t tcgetsid(int fd)
{
	pid_t sid;

	if (ioctl(fd, TIOCGSID, &sid) < 0)
		return -1;
	return sid;
}

/* 1 for a terminal; else 0 with errno (ENOTTY, or EBADF). */
int isatty(int fd)
{
	struct kernel_termios k;

	return ioctl(fd, TCGETS, &k) == 0;
}
