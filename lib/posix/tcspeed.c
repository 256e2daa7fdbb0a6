/* The speeds in a struct termios: the CBAUD bits of c_cflag, which are
 * what the kernel reads; c_ispeed and c_ospeed follow them. */
#include <errno.h>
#include <termios.h>

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}

speed_t cfgetispeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}

int cfsetospeed(struct termios *t, speed_t speed)
{
	if (speed & ~(speed_t)CBAUD) {
		errno = EINVAL;
		return -1;
	}
	t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	t->c_ospeed = speed;
	return 0;
}

/* Speed 0 means "the same as the output speed", as POSIX says. */
int cfsetispeed(struct termios *t, speed_t speed)
{
	if (speed & ~(speed_t)CBAUD) {
		errno = EINVAL;
		return -1;
	}
	if (speed) {
		t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
		t->c_ispeed = speed;
	}
	return 0;
}

int cfsetspeed(struct termios *t, speed_t speed)
{
	if (cfsetospeed(t, speed) < 0)
		return -1;
	t->c_ispeed = speed;
	return 0;
}

void cfmakeraw(struct termios *t)
{
	t->c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR |
				  IGNCR | ICRNL | IXON);
	t->c_oflag &= ~(tcflag_t)OPOST;
	t->c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	t->c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
	t->c_cflag |= CS8;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}
